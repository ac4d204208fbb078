/** Breakout groups as the shared document holds them, for tests of what screens make of them: defaults, then what a case changes. */
import { copyBoardId, type Breakout, type BreakoutGroup } from '../../shared/breakouts.ts';

/** Breakout `bk`'s two groups, as the server names them, and their copies of challenges and roles. */
export const G1 = 'bk-g1';
export const G2 = 'bk-g2';
export const C1 = copyBoardId('challenges', G1);
export const C2 = copyBoardId('challenges', G2);
export const R1 = copyBoardId('roles', G1);
export const R2 = copyBoardId('roles', G2);

/** A group with nobody in it, nothing written, no rapporteur. */
export function groupFixture(id: string, more: Partial<BreakoutGroup> = {}): BreakoutGroup {
  return {
    id,
    name: id,
    remote: false,
    table: null,
    memberIds: [],
    rapporteurId: null,
    rapporteurName: null,
    notes: 0,
    writers: 0,
    commitments: 0,
    lastNoteAt: null,
    topNoteIds: [],
    ...more,
  };
}

/** A breakout `bk` on Challenges with these groups, running unless told otherwise. */
export function breakoutFixture(groups: BreakoutGroup[], more: Partial<Breakout> = {}): Breakout {
  return {
    id: 'bk',
    boardIds: ['challenges'],
    plan: { count: groups.length, size: null, rule: 'balanced', remote: 'own' },
    seed: 1,
    status: 'running',
    groups,
    message: null,
    reportIndex: 0,
    points: [],
    merged: null,
    startedAt: 0,
    ...more,
  };
}
