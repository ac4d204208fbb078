/** Undo: every destructive facilitator action comes back exactly as it was. */
import { describe, expect, it } from 'vitest';
import { createGroup, deleteGroup, moveNotes, renameGroup } from '../../server/domain/groups.ts';
import { addNote, deleteNote, deleteNotes, editNote, hideNote, hideNotes } from '../../server/domain/notes.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { undoLast, UNDO_MAX } from '../../server/domain/undo.ts';
import { ANA, as, BEN, boardState, FACILITATOR, must, T0, withNote } from '../helpers/board-state.ts';

function base(): WorkshopState {
  let s = withNote(withNote(boardState(), 'a1', ANA), 'b1', BEN);
  s = must(createGroup(s, { id: 'g1', boardId: 'challenges', title: 'Finance' })).state;
  return must(moveNotes(s, { noteIds: ['a1'], groupId: 'g1' }, T0)).state;
}

/** The state without the undo stack, to compare "what the room sees and holds". */
const content = (s: WorkshopState) => ({ pub: s.pub, hidden: s.priv.hiddenNotes, held: s.priv.heldNotes });

describe('undo', () => {
  it.each<[string, (s: WorkshopState) => WorkshopState, string]>([
    ['delete a note', (s) => must(deleteNote(s, FACILITATOR, 'b1', T0)).state, 'note:delete'],
    ['hide a note', (s) => must(hideNote(s, 'b1', T0)).state, 'note:hide'],
    ['hide a selection, as one action', (s) => must(hideNotes(s, ['a1', 'b1'], T0)).state, 'notes:hide'],
    ['delete a selection, as one action', (s) => must(deleteNotes(s, ['a1', 'b1'], T0)).state, 'notes:delete'],
    [
      "edit someone's note",
      (s) => must(editNote(s, FACILITATOR, { noteId: 'b1', text: 'rewritten', column: 'Costs and finance' }, T0)).state,
      'note:edit',
    ],
    [
      'move notes',
      (s) => must(moveNotes(s, { noteIds: ['a1', 'b1'], groupId: null, column: 'Costs and finance' }, T0)).state,
      'notes:move',
    ],
    ['rename a group', (s) => must(renameGroup(s, 'g1', 'Money', T0)).state, 'group:rename'],
    ['delete a group with its membership', (s) => must(deleteGroup(s, 'g1', T0)).state, 'group:delete'],
  ])('reverts: %s', (_n, act, label) => {
    const before = base();
    const after = act(before);
    expect(content(after)).not.toEqual(content(before));
    const undone = must(undoLast(after));
    expect(undone.value).toEqual({ label });
    expect(content(undone.state).pub.notes).toEqual(before.pub.notes);
    expect(content(undone.state).pub.groups).toEqual(before.pub.groups);
    expect(undone.state.priv.hiddenNotes).toEqual(before.priv.hiddenNotes);
  });

  it('makes a selection one undo entry, and refuses all of it when one note is not there', () => {
    const s = base();
    const hidden = must(hideNotes(s, ['a1', 'b1', 'a1'], T0));
    expect(hidden.value).toEqual({ hidden: 2 });
    expect(Object.keys(hidden.state.priv.undo)).toHaveLength(Object.keys(s.priv.undo).length + 1);
    expect(hideNotes(s, ['a1', 'gone'], T0)).toEqual({ ok: false, error: 'not_found' });
    expect(deleteNotes(s, ['gone', 'b1'], T0)).toEqual({ ok: false, error: 'not_found' });
  });

  it('undoes in reverse order, then has nothing left', () => {
    const s0 = base();
    const s1 = must(deleteNote(s0, FACILITATOR, 'b1', T0)).state;
    const s2 = must(deleteGroup(s1, 'g1', T0)).state;
    const u1 = must(undoLast(s2));
    expect(u1.value.label).toBe('group:delete');
    expect(u1.state.pub.groups).toEqual(s1.pub.groups);
    const u2 = must(undoLast(u1.state));
    expect(u2.value.label).toBe('note:delete');
    expect(u2.state.pub.notes).toEqual(s0.pub.notes);
    const u3 = must(undoLast(u2.state));
    expect(u3.value.label).toBe('notes:move');
    expect(undoLast(u3.state)).toEqual({ ok: false, error: 'nothing_to_undo' });
  });

  it.each([
    ['a participant deleting their own note', (s: WorkshopState) => must(deleteNote(s, as(ANA), 'a1', T0)).state],
    [
      'a participant editing their own note',
      (s: WorkshopState) => must(editNote(s, as(ANA), { noteId: 'a1', text: 'x' }, T0)).state,
    ],
    [
      'adding a note',
      (s: WorkshopState) =>
        must(addNote(s, as(ANA), { id: 'n9', boardId: 'challenges', column: 'Markets and trade', text: 'x' }, T0))
          .state,
    ],
  ])('records nothing for %s', (_n, act) => {
    const s = base();
    expect(Object.keys(act(s).priv.undo)).toEqual(Object.keys(s.priv.undo));
  });

  it(`keeps the last ${UNDO_MAX} actions`, () => {
    let s = base();
    for (let i = 0; i < UNDO_MAX + 5; i++) s = must(renameGroup(s, 'g1', `t${i}`, T0 + i)).state;
    expect(Object.keys(s.priv.undo)).toHaveLength(UNDO_MAX);
    for (let i = 0; i < UNDO_MAX; i++) s = must(undoLast(s)).state;
    expect(s.pub.groups.g1!.title).toBe('t4');
    expect(undoLast(s)).toEqual({ ok: false, error: 'nothing_to_undo' });
  });
});

describe('undo after others changed things', () => {
  it("keeps the author's later edit when a move is undone", () => {
    let s = must(moveNotes(base(), { noteIds: ['b1'], groupId: 'g1' }, T0)).state;
    s = must(editNote(s, as(BEN), { noteId: 'b1', text: 'edited since' }, T0 + 1)).state;
    const undone = must(undoLast(s)).state;
    expect(undone.pub.notes.b1).toMatchObject({ groupId: null, text: 'edited since' });
  });
  it('does not bring back a note its author deleted since the move', () => {
    let s = must(moveNotes(base(), { noteIds: ['b1'], groupId: 'g1' }, T0)).state;
    s = must(deleteNote(s, as(BEN), 'b1', T0 + 1)).state;
    expect(must(undoLast(s)).state.pub.notes.b1).toBeUndefined();
  });
});
