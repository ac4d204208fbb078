/**
 * Finding a workshop by its join code, on behalf of one caller. A code is six letters from 25,
 * so it is only a secret while nobody can try many: every look-up spends from the caller's
 * budget, every miss from a much smaller one, and an address that has spent its misses is refused
 * every look-up, hits included, so a refusal says nothing about the code. When misses from
 * everyone together pass the total, every address that missed in this window waits too.
 */
import type { WorkshopHub } from '../workshops/hub.ts';
import type { LiveWorkshop } from '../workshops/live.ts';
import { CODE_PATTERN } from '../workshops/secrets.ts';
import type { RateBudgets } from './rate-budgets.ts';

/** A workshop, none by that code, or this caller must wait before asking again. */
export type Lookup = LiveWorkshop | null | 'refused';

export interface WorkshopLookups {
  find(code: string, address: string): Promise<Lookup>;
  /**
   * Spends a look-up as `find` does, for a workshop another node holds (a follower relay asks its
   * owner): false when this caller must wait. `missed` charges the miss when the owner says no such code.
   */
  mayLookUp(address: string): Promise<boolean>;
  missed(address: string): Promise<void>;
}

/** Look-ups through `hub`, counted against `budgets`. */
export function createWorkshopLookups(hub: WorkshopHub, budgets: RateBudgets): WorkshopLookups {
  async function mayLookUp(address: string): Promise<boolean> {
    const misses = await budgets.usage('lookupMiss', address);
    if (!misses.left || (misses.spent > 0 && (await budgets.exhausted('lookupMiss')))) return false;
    return budgets.take('lookup', address);
  }
  const missed = async (address: string) => void (await budgets.take('lookupMiss', address));
  return {
    async find(code, address) {
      if (!(await mayLookUp(address))) return 'refused';
      // Every look-up is a connection or request arriving: with many nodes, its workshop comes here.
      const w = CODE_PATTERN.test(code) ? await hub.get(code, { arriving: true }) : null;
      if (!w) await missed(address);
      return w;
    },
    mayLookUp,
    missed,
  };
}
