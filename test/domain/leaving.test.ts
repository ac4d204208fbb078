/** Leaving: what of a person who removes themselves stays, and what goes. Pure states, no network. */
import { describe, expect, it } from 'vitest';
import { leaveWorkshop } from '../../server/domain/leaving.ts';
import { deleteNote, addNote } from '../../server/domain/notes.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { ANA, as, BEN, boardState, FACILITATOR, must, T0, withNote } from '../helpers/board-state.ts';

const leave = (s: WorkshopState, notes: 'keep' | 'delete') => must(leaveWorkshop(s, 'ana', notes, T0)).state;

describe('leaveWorkshop', () => {
  const shown = withNote(withNote(boardState('open'), 'a1', ANA), 'b1', BEN);

  it('forgets the name, organisation and token, and takes the rights away', () => {
    expect(leave(shown, 'keep').priv.participants.ana).toMatchObject({
      name: '',
      organisation: '',
      tokenHash: '',
      removedAt: T0,
      left: true,
    });
  });

  it.each([
    ['keep', { a1: { authorName: '', organisation: '' } }],
    ['delete', { a1: undefined }],
  ] as const)("%s: Ana's note is %o, Ben's untouched", (notes, expected) => {
    const next = leave(shown, notes);
    expect(next.pub.notes.a1 === undefined ? { a1: undefined } : { a1: next.pub.notes.a1 }).toMatchObject(expected);
    expect(next.pub.notes.b1).toBe(shown.pub.notes.b1);
  });

  it('deletes a held note and its count on the board', () => {
    const s = must(
      addNote(
        boardState('private'),
        as(ANA),
        { id: 'h1', boardId: 'challenges', column: 'Markets and trade', text: 'held' },
        T0,
      ),
    );
    expect(s.state.pub.boards.challenges?.hiddenCount).toBe(1);
    const next = leave(s.state, 'delete');
    expect(next.priv.heldNotes.h1).toBeUndefined();
    expect(next.pub.boards.challenges?.hiddenCount).toBe(0);
  });

  it('forgets the undo entries that hold a copy of their notes', () => {
    const deleted = must(deleteNote(shown, FACILITATOR, 'a1', T0)).state;
    expect(Object.keys(deleted.priv.undo)).toHaveLength(1);
    expect(Object.keys(leave(deleted, 'keep').priv.undo)).toHaveLength(0);
  });
});
