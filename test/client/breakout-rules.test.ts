import { describe, expect, it } from 'vitest';
import type { Breakout, BreakoutGroup } from '../../shared/breakouts.ts';
import type { Note } from '../../shared/model.ts';
import { breakoutFixture, groupFixture } from '../helpers/breakout-fixtures.ts';
import {
  addDuplicateSet,
  handMoves,
  isStuck,
  STUCK_AFTER_MS,
  stuckGroupIds,
  toggleIn,
  writersOn,
} from '../../client/src/features/breakouts/group-rules.ts';

const MIN = 60_000;
const group = (id: string, lastNoteAt: number | null) => groupFixture(id, { lastNoteAt });
const breakout = (status: Breakout['status'], groups: BreakoutGroup[]) => breakoutFixture(groups, { status });

describe('stuck groups', () => {
  it.each([
    ['no note, just started', null, 4 * MIN, false],
    ['no note for 5 minutes since the start', null, 5 * MIN, true],
    ['a note 2 minutes ago', 8 * MIN, 10 * MIN, false],
    ['last note 6 minutes ago', 4 * MIN, 10 * MIN, true],
  ])('%s', (_, last, now, stuck) => {
    expect(isStuck(group('1', last), 0, now)).toBe(stuck);
  });

  it('lists the silent groups while running, none at report-back', () => {
    const groups = [group('1', 9 * MIN), group('2', null), group('3', 2 * MIN)];
    expect(stuckGroupIds(breakout('running', groups), 10 * MIN)).toEqual(['2', '3']);
    expect(stuckGroupIds(breakout('reporting', groups), 10 * MIN)).toEqual([]);
    expect(stuckGroupIds(breakout('running', groups), 10 * MIN, 9 * MIN)).toEqual(['2']);
    expect(STUCK_AFTER_MS).toBe(5 * MIN);
  });
});

describe('console selections', () => {
  it('says who of a group has written: shown notes on its copies, and held ones by their counts', () => {
    const note = (authorId: string, boardId: string) => ({ authorId, boardId }) as Note;
    const notes = [note('a', 'ch--1'), note('a', 'ch--1'), note('x', 'ch--2')];
    const heldBy = { 'ch--1': { b: 2, c: 0 }, 'ch--2': { y: 1 } };
    expect([...writersOn(['ch--1'], notes, heldBy)].sort()).toEqual(['a', 'b']);
    expect([...writersOn(['ch--2', 'op--2'], notes, heldBy)].sort()).toEqual(['x', 'y']);
    expect(writersOn(['op--1'], notes, heldBy).size).toBe(0);
  });

  it('moves every selected person, once, in one command', () => {
    expect(handMoves(['a', 'b', 'a'], 'g2')).toEqual([
      { participantId: 'a', groupId: 'g2' },
      { participantId: 'b', groupId: 'g2' },
    ]);
    expect(handMoves(new Set(['c']), null)).toEqual([{ participantId: 'c', groupId: null }]);
  });

  it.each([
    [['a'], 'b', 5, ['a', 'b']],
    [['a', 'b'], 'a', 5, ['b']],
    [['1', '2', '3', '4', '5'], '6', 5, ['1', '2', '3', '4', '5']],
    [['1', '2', '3', '4', '5'], '5', 5, ['1', '2', '3', '4']],
  ])('toggles %j with %s (at most %i)', (list, id, max, out) => {
    expect(toggleIn(list, id, max)).toEqual(out);
  });
});

describe('duplicate sets for the merge', () => {
  const places: Record<string, { groupId: string; sourceId: string }> = {
    a1: { groupId: 'A', sourceId: 'ch' },
    a2: { groupId: 'A', sourceId: 'ch' },
    b1: { groupId: 'B', sourceId: 'ch' },
    c1: { groupId: 'C', sourceId: 'ch' },
    bOp: { groupId: 'B', sourceId: 'op' },
  };
  const placeOf = (id: string) => places[id];

  it.each([
    ['two groups, one board', ['a1', 'b1'], [['a1', 'b1']]],
    ['one group only', ['a1', 'a2'], null],
    ['a single note', ['a1'], null],
    ['an unknown note', ['a1', 'zz'], null],
    ['two different boards', ['a1', 'bOp'], null],
  ])('%s', (_, ticked, out) => {
    expect(addDuplicateSet([], ticked, placeOf)).toEqual(out);
  });

  it('keeps a note in one set: a new set takes it from an older one, which goes once it cannot be combined', () => {
    expect(addDuplicateSet([['a1', 'b1']], ['b1', 'c1'], placeOf)).toEqual([['b1', 'c1']]);
    expect(addDuplicateSet([['a1', 'b1', 'a2']], ['b1', 'c1'], placeOf)).toEqual([['b1', 'c1']]);
    expect(addDuplicateSet([['a1', 'b1', 'c1']], ['b1', 'a2'], placeOf)).toEqual([
      ['a1', 'c1'],
      ['b1', 'a2'],
    ]);
  });
});
