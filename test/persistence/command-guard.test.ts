/** A command authorised on arrival is checked again when its turn in the workshop's queue comes. */
import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/errors.ts';
import { systemClock } from '../../server/clock.ts';
import { joinParticipant } from '../../server/domain/participants.ts';
import { setBoardMode } from '../../server/domain/boards.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { createLogger } from '../../server/log.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createGuardContext } from '../../server/workshops/command-guard.ts';
import { createWorkshopHub } from '../../server/workshops/hub.ts';
import { tempDataDir } from '../helpers/server.ts';

async function setUp() {
  const guards = createGuardContext();
  const hub = createWorkshopHub({
    store: createSqliteStore(tempDataDir()),
    clock: systemClock,
    log: createLogger('silent'),
    guards,
  });
  const { code } = await hub.create('ilo-coop-2018');
  await hub.execute(code, { type: 'join', actor: 't', payload: null }, (s, now) =>
    joinParticipant(s, { name: 'Ana', organisation: 'Coop', attendance: 'room' }, 'ana', 'h', now),
  );
  return { hub, guards, code };
}

const removeAna = (s: WorkshopState) => {
  const { ana: _removed, ...participants } = s.priv.participants;
  return ok({ state: { ...s, priv: { ...s.priv, participants } }, value: null });
};
const openChallenges = (s: WorkshopState) => ok({ state: setBoardMode(s, 'challenges', 'open'), value: null });
const anaIsHere = (s: WorkshopState) => s.priv.participants.ana !== undefined;

describe('rights checked again in the queue', () => {
  it('refuses a command queued behind the removal of its sender, and leaves the state unchanged', async () => {
    const { hub, guards, code } = await setUp();
    const [removed, late] = await Promise.all([
      hub.execute(code, { type: 'kick', actor: 'facilitator', payload: null }, removeAna),
      guards.run(anaIsHere, () =>
        hub.execute(code, { type: 'board:mode', actor: 'ana', payload: null }, openChallenges),
      ),
    ]);
    expect(removed.ok).toBe(true);
    expect(late).toEqual({ ok: false, error: 'forbidden' });
    expect((await hub.get(code))!.state.pub.boards.challenges!.mode).toBe('locked');
    await hub.close();
  });

  it('lets the same command through when its sender is still there', async () => {
    const { hub, guards, code } = await setUp();
    const result = await guards.run(anaIsHere, () =>
      hub.execute(code, { type: 'board:mode', actor: 'ana', payload: null }, openChallenges),
    );
    expect(result.ok).toBe(true);
    expect((await hub.get(code))!.state.pub.boards.challenges!.mode).toBe('open');
    await hub.close();
  });

  it('does not pass a command’s check on to work the hub does later for everyone', async () => {
    const { hub, guards, code } = await setUp();
    let inheritedGuard: unknown = 'not run';
    hub.events.once('changed', () => {
      inheritedGuard = guards.getStore();
    });
    await guards.run(anaIsHere, () =>
      hub.execute(code, { type: 'board:mode', actor: 'ana', payload: null }, openChallenges),
    );
    expect(inheritedGuard).toBeUndefined();
    await hub.close();
  });
});
