/** Roles boards in breakout groups, the screens' pure rules: which boards groups copy, what a card counts, who has written, which notes a group's commitment may answer. */
import { describe, expect, it, vi } from 'vitest';
import type { Board, Commitment, Note } from '../../shared/model.ts';
import { copyBoardId } from '../../shared/breakouts.ts';

// use-board.ts reaches the locale store, which reads the browser's language on load; Node 20 has no `navigator`.
vi.stubGlobal('navigator', { language: 'en-GB' });
const { linkableNotes } = await import('../../client/src/features/board/use-board.ts');
const { groupWork } = await import('../../client/src/features/breakout-screens/group-work.ts');
const { boardsForGroups, writersOn } = await import('../../client/src/features/breakouts/group-rules.ts');

const board = (id: string, kind: Board['kind'], copyOf?: { groupId: string; sourceId: string }): Board =>
  ({
    id,
    kind,
    title: id,
    prompt: '',
    columns: [],
    mode: 'open',
    remoteWriting: true,
    hiddenCount: 0,
    ...(copyOf ? { copyOf: { breakoutId: 'bk', ...copyOf } } : {}),
  }) as Board;
const copy = (sourceId: string, kind: Board['kind'], groupId: string) =>
  board(copyBoardId(sourceId, groupId), kind, { groupId, sourceId });
const BOARDS = Object.fromEntries(
  [
    board('challenges', 'notes'),
    board('opportunities', 'notes'),
    board('roles', 'roles'),
    board('questions', 'questions'),
    board('expectations', 'expectations'),
    copy('challenges', 'notes', 'g1'),
    copy('challenges', 'notes', 'g2'),
    copy('roles', 'roles', 'g1'),
    copy('roles', 'roles', 'g2'),
  ].map((b) => [b.id, b]),
);
const note = (id: string, boardId: string, authorId = 'a') => ({ id, boardId, authorId }) as Note;
const commitment = (id: string, boardId: string, proposedBy: string | null) =>
  ({ id, boardId, proposedBy }) as Commitment;

describe('the boards "Start groups" copies', () => {
  it.each([
    ['notes boards, whatever the step offers', ['challenges', 'opportunities'], false, ['challenges', 'opportunities']],
    ['a roles board where the step offers groups', ['roles'], true, ['roles']],
    ['no roles board where it does not: mapped in plenary', ['roles'], false, []],
    ['notes and roles together', ['challenges', 'roles'], true, ['challenges', 'roles']],
    ['never questions, expectations, or a copy', ['questions', 'expectations', 'roles--g1'], true, []],
    ['nothing for a board the replica does not have', ['gone'], true, []],
  ])('%s', (_, active, offered, expected) => {
    expect(boardsForGroups(active, BOARDS, offered)).toEqual(expected);
  });
});

describe('what a group card counts', () => {
  it.each([
    ['notes boards', ['challenges', 'opportunities'], { notes: true, commitments: false }],
    ['the roles board', ['roles'], { notes: false, commitments: true }],
    ['both', ['challenges', 'roles'], { notes: true, commitments: true }],
    ['boards not known yet: notes, as ever', ['elsewhere'], { notes: true, commitments: false }],
  ])('on %s', (_, boardIds, expected) => {
    expect(groupWork({ boardIds }, BOARDS)).toEqual(expected);
  });

  it('counts notes when the replica has no boards yet', () => {
    expect(groupWork({ boardIds: ['roles'] }, undefined)).toEqual({ notes: true, commitments: false });
  });
});

describe('who of a group has written', () => {
  it('counts proposers of commitments on its copies, as authors of notes; a facilitator’s own is nobody’s', () => {
    const commitments = [
      commitment('k1', 'roles--g1', 'c'),
      commitment('k2', 'roles--g2', 'x'),
      commitment('k3', 'roles--g1', null),
    ];
    const notes = [note('n1', 'challenges--g1', 'a')];
    expect([...writersOn(['challenges--g1', 'roles--g1'], notes, {}, commitments)].sort()).toEqual(['a', 'c']);
    expect([...writersOn(['roles--g2'], notes, {}, commitments)]).toEqual(['x']);
  });
});

describe('the notes a commitment may answer', () => {
  const plenary = { p1: note('p1', 'challenges'), p2: note('p2', 'opportunities'), q: note('q', 'questions') };
  const inGroups = [note('a1', 'challenges--g1'), note('b1', 'challenges--g2'), note('a2', 'challenges--g1')];
  const ids = (notes: Note[]) => notes.map((n) => n.id);

  it('on the plenary roles board: the plenary notes boards’ notes, never a group’s', () => {
    expect(ids(linkableNotes('roles', BOARDS, plenary, inGroups))).toEqual(['p1', 'p2']);
  });

  it('on a group’s copy: that group’s notes only, never another group’s nor the plenary’s', () => {
    expect(ids(linkableNotes('roles--g1', BOARDS, plenary, inGroups))).toEqual(['a1', 'a2']);
    expect(ids(linkableNotes('roles--g2', BOARDS, plenary, inGroups))).toEqual(['b1']);
  });
});
