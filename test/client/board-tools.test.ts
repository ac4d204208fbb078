/** The console offers each board's tools where the step uses them, and keeps the others aside. */
import { describe, expect, it } from 'vitest';
import { boardTools, type BoardToolsInput } from '../../client/src/features/board/board-tools.ts';

const notes: BoardToolsInput = {
  kind: 'notes',
  mode: 'locked',
  notes: 12,
  config: { vote: null },
  segmentKind: 'discussion',
  vote: null,
  review: null,
};

describe('the tools a step puts within reach', () => {
  it.each<[string, Partial<BoardToolsInput>, { vote: boolean; grouping: boolean; review: boolean }]>([
    ['grouping: shown notes, no vote', {}, { vote: false, grouping: true, review: false }],
    [
      'silent writing: nothing to group yet',
      { mode: 'private', notes: 0 },
      { vote: false, grouping: false, review: false },
    ],
    [
      'private with notes already shown: still no grouping',
      { mode: 'private' },
      { vote: false, grouping: false, review: false },
    ],
    [
      'the dot vote step',
      { config: { vote: { budget: 5, allowStacking: false } } },
      { vote: true, grouping: false, review: false },
    ],
    ['a vote running after its step', { vote: { status: 'open' } }, { vote: true, grouping: false, review: false }],
    [
      'expectations written in the opening',
      { kind: 'expectations', segmentKind: 'opening' },
      { vote: false, grouping: false, review: false },
    ],
    [
      'expectations in the closing',
      { kind: 'expectations', segmentKind: 'closing' },
      { vote: false, grouping: false, review: true },
    ],
    [
      'a review already open',
      { kind: 'expectations', segmentKind: 'talks', review: { status: 'open' } },
      { vote: false, grouping: false, review: true },
    ],
    ['the roles matrix', { kind: 'roles' }, { vote: false, grouping: false, review: false }],
  ])('%s', (_name, change, expected) => {
    expect(boardTools({ ...notes, ...change })).toEqual(expected);
  });
});
