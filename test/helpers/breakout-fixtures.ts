/** Breakout groups as the shared document holds them, for tests of what screens make of them: defaults, then what a case changes. */
import type { Breakout, BreakoutGroup } from '../../shared/breakouts.ts';

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
