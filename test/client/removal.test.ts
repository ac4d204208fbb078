/** A participant's screen tells a removal (kick) apart from simply not having joined yet. */
import { describe, expect, it } from 'vitest';
import { followSessions, useConnection } from '../../client/src/stores/connection.ts';
import type { SessionSnapshot } from '../../shared/protocol/session.ts';

const guest: SessionSnapshot = {
  role: 'guest',
  participantId: null,
  name: null,
  organisation: null,
  attendance: null,
  serverNow: 0,
};
const amina: SessionSnapshot = {
  ...guest,
  role: 'participant',
  participantId: 'p-amina',
  name: 'Amina',
  organisation: 'Coop',
  attendance: 'room',
};
const cofac: SessionSnapshot = { ...amina, role: 'facilitator' };

describe('followSessions', () => {
  it.each([
    ['a guest who stays a guest', [guest, guest], false],
    ['a guest who joins', [guest, amina], false],
    ['a participant promoted and demoted', [amina, cofac, amina], false],
    ['a participant who loses their identity', [amina, guest], true],
    ['a co-facilitator who loses their identity', [guest, amina, cofac, guest], true],
    ['a removal followed by another guest snapshot', [amina, guest, guest], true],
  ] as const)('%s: removed is %s', (_name, snapshots, removed) => {
    const take = followSessions();
    for (const s of snapshots) take(s);
    expect(useConnection.getState()).toMatchObject({ removed, session: snapshots.at(-1) });
  });

  it('starts over on a new connection: joining again after a removal is not a removal', () => {
    const first = followSessions();
    first(amina);
    first(guest);
    expect(useConnection.getState().removed).toBe(true);
    const second = followSessions();
    expect(useConnection.getState().removed).toBe(false);
    second(guest);
    second({ ...amina, participantId: 'p-amina-2' });
    expect(useConnection.getState().removed).toBe(false);
  });
});
