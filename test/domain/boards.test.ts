/** Board modes, reveal of privately written notes, and the spotlight. */
import { describe, expect, it } from 'vitest';
import { changeBoardMode, revealBoard, setBoardMode } from '../../server/domain/boards.ts';
import { setFocus } from '../../server/domain/focus.ts';
import { createGroup } from '../../server/domain/groups.ts';
import { addNote } from '../../server/domain/notes.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import type { Focus } from '../../shared/model.ts';
import { ANA, as, BEN, boardState, must, T0, withNote } from '../helpers/board-state.ts';

const note = (id: string, boardId = 'challenges', column = 'Markets and trade') => ({
  id,
  boardId,
  column,
  text: `secret ${id}`,
});

function privateWriting(): WorkshopState {
  let s = setBoardMode(boardState('private'), 'opportunities', 'private');
  s = must(addNote(s, as(ANA), note('a1'), T0)).state;
  s = must(addNote(s, as(BEN), note('b1'), T0)).state;
  return must(addNote(s, as(BEN), note('o1', 'opportunities', 'Partnerships'), T0)).state;
}

describe('modes', () => {
  it.each([
    ['open', 'locked', undefined],
    ['locked', 'private', false],
    ['private', 'open', true],
  ] as const)('%s → %s', (from, to, remote) => {
    const s = must(changeBoardMode(boardState(from), 'challenges', to, remote)).state;
    expect(s.pub.boards.challenges).toMatchObject({ mode: to, remoteWriting: remote ?? true });
  });
  it('refuses an unknown board', () =>
    expect(changeBoardMode(boardState(), 'nope', 'open')).toEqual({ ok: false, error: 'not_found' }));
});

describe('reveal', () => {
  it('moves every held note of that board into the document at once, and only that board', () => {
    const s = privateWriting();
    expect(s.pub.boards.challenges!.hiddenCount).toBe(2);
    const r = must(revealBoard(s, 'challenges'));
    expect(r.value).toEqual({ revealed: 2 });
    expect(Object.keys(r.state.pub.notes).sort()).toEqual(['a1', 'b1']);
    expect(r.state.pub.boards.challenges).toMatchObject({ hiddenCount: 0, mode: 'open' });
    expect(Object.keys(r.state.priv.heldNotes)).toEqual(['o1']);
    expect(r.state.pub.boards.opportunities).toMatchObject({ hiddenCount: 1, mode: 'private' });
  });
  it('leaves a locked board locked', () => {
    const s = setBoardMode(privateWriting(), 'challenges', 'locked');
    expect(must(revealBoard(s, 'challenges')).state.pub.boards.challenges!.mode).toBe('locked');
  });
  it('refuses an unknown board', () =>
    expect(revealBoard(boardState(), 'nope')).toEqual({ ok: false, error: 'not_found' }));
});

describe('spotlight', () => {
  const s = must(createGroup(withNote(boardState(), 'n1', ANA), { id: 'g1', boardId: 'challenges', title: 'G' })).state;
  it.each<[string, Focus | null, string | null]>([
    ['a board', { kind: 'board', boardId: 'challenges' }, null],
    ['a group', { kind: 'group', boardId: 'challenges', groupId: 'g1' }, null],
    ['a note', { kind: 'note', boardId: 'challenges', noteId: 'n1' }, null],
    ['nothing', null, null],
    ['an unknown board', { kind: 'board', boardId: 'nope' }, 'not_found'],
    ['a group on another board', { kind: 'group', boardId: 'opportunities', groupId: 'g1' }, 'not_found'],
    ['a missing note', { kind: 'note', boardId: 'challenges', noteId: 'zz' }, 'not_found'],
  ])('%s', (_n, focus, error) => {
    const r = setFocus(s, focus);
    if (error) expect(r).toEqual({ ok: false, error });
    else expect(must(r).state.pub.room.focus).toEqual(focus);
  });
  it('cannot put a held note in the spotlight', () => {
    const held = privateWriting();
    expect(setFocus(held, { kind: 'note', boardId: 'challenges', noteId: 'a1' })).toEqual({
      ok: false,
      error: 'not_found',
    });
  });
});
