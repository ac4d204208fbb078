/**
 * The workshops this device created or opened as facilitator, kept on the device only (the keys
 * stay where identity.ts keeps them; this list holds no secret), for the start page to list.
 */
import type { CreatedWorkshop } from '../../../shared/schemas/rest.ts';
import { saveFacilitatorKey } from './identity.ts';

const STORE = 'plenary:workshops';
/** Enough for a facilitator's year; the oldest fall off. */
const KEPT = 50;

export interface MyWorkshop {
  code: string;
  title: string;
  /** The workshop's planned date, `YYYY-MM-DD`. */
  date: string;
  /** When this device last opened it as facilitator (ms). */
  openedAt: number;
  /** The workshop a rehearsal was made from: a rehearsal is never the real one. */
  rehearsalOf?: string;
}

export function myWorkshops(): MyWorkshop[] {
  try {
    const list = JSON.parse(localStorage.getItem(STORE) ?? '[]') as unknown;
    return Array.isArray(list) ? (list as MyWorkshop[]).filter((w) => typeof w?.code === 'string') : [];
  } catch {
    return [];
  }
}

function save(list: MyWorkshop[]): void {
  try {
    localStorage.setItem(STORE, JSON.stringify(list.slice(0, KEPT)));
  } catch {
    // Private browsing without storage: the list lasts for this page only.
  }
}

/** Whether this device made workshop `code` as a rehearsal of another. */
export function isRehearsal(code: string): boolean {
  return myWorkshops().some((w) => w.code === code && w.rehearsalOf !== undefined);
}

/** Puts `w` first, keeping what was known of it (a rehearsal stays one, under its own name). */
export function rememberWorkshop(w: Omit<MyWorkshop, 'openedAt'> & { openedAt?: number }): void {
  const list = myWorkshops();
  const known = list.find((x) => x.code === w.code);
  // A rehearsal keeps the name this device gave it ("Rehearsal: …"), whatever the copy is titled.
  const title = known?.rehearsalOf ? known.title : w.title;
  save([{ ...known, ...w, title, openedAt: w.openedAt ?? Date.now() }, ...list.filter((x) => x.code !== w.code)]);
}

/** Takes `code` off this device's list (the workshop itself stays on the server). */
export function forgetWorkshop(code: string): void {
  save(myWorkshops().filter((x) => x.code !== code));
}

/** Keeps the key of a workshop just created from this device, as opening its console link would. */
export function keepCreated(created: CreatedWorkshop, title: string, date: string, rehearsalOf?: string): void {
  saveFacilitatorKey(created.code, created.facilitatorKey);
  rememberWorkshop({ code: created.code, title, date, ...(rehearsalOf ? { rehearsalOf } : {}) });
}
