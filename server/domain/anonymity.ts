/**
 * Anonymous boards. A note written on one is stored, shown and reported with the anonymous
 * author id and no name or organisation (shared/anonymity.ts): every screen, view and report
 * reads the note itself, so none can leak what it does not hold. Who wrote it lives only in
 * private state (`noteOwners`), which the ownership rules read through `ownerOf`.
 *
 * The rule: anonymity is chosen while nothing is written on the board (nor on its breakout
 * groups' copies, nor held, hidden or kept for undo). Switching it on later is refused (those
 * authors were on every screen already, and in the document's history); switching it off is
 * refused too (the notes were written on the promise that no name goes with them).
 */
import { ANONYMOUS_AUTHOR, isAnonymousBoard, isAnonymousNote } from '../../shared/anonymity.ts';
import { fail, ok, type Result } from '../../shared/errors.ts';
import { ownEntry } from '../../shared/ids.ts';
import type { Board, BoardId, Note, NoteId, ParticipantId } from '../../shared/model.ts';
import type { Decision, NoteOwner, PrivateState, WorkshopState } from './state.ts';

/** Who wrote `note`: its author id, or for an anonymous note the owner the server keeps (null once forgotten). */
export function ownerOf(s: WorkshopState, note: Note): string | null {
  if (!isAnonymousNote(note)) return note.authorId;
  return ownEntry(s.priv.noteOwners, note.id)?.authorId ?? null;
}

/** The note as `board` stores it, and the state holding its owner when the board is anonymous. */
export function authored(s: WorkshopState, board: Board, note: Note): { state: WorkshopState; note: Note } {
  if (!isAnonymousBoard(board)) return { state: s, note };
  const owner: NoteOwner = { noteId: note.id, authorId: note.authorId };
  return {
    state: { ...s, priv: { ...s.priv, noteOwners: { ...s.priv.noteOwners, [note.id]: owner } } },
    note: { ...note, authorId: ANONYMOUS_AUTHOR, authorName: '', organisation: '' },
  };
}

/** The ids of the anonymous notes `authorId` wrote, for their own "My notes" (`notes:owned`). */
export function ownedNoteIds(s: WorkshopState, authorId: string): NoteId[] {
  return Object.values(s.priv.noteOwners)
    .flatMap((o) => (o.authorId === authorId ? [o.noteId] : []))
    .sort();
}

/** The owners without note `noteId`'s: its author deleted it, nothing can bring it back. */
export function forgetOwner(s: WorkshopState, noteId: NoteId): WorkshopState {
  if (!ownEntry(s.priv.noteOwners, noteId)) return s;
  const { [noteId]: _gone, ...noteOwners } = s.priv.noteOwners;
  return { ...s, priv: { ...s.priv, noteOwners } };
}

/** The owners with `authorId`'s links dropped (they left: their notes stay, unowned) or moved to `to` (a merge). */
export function reassignOwners(
  owners: PrivateState['noteOwners'],
  authorId: ParticipantId,
  to: ParticipantId | null,
): PrivateState['noteOwners'] {
  if (!Object.values(owners).some((o) => o.authorId === authorId)) return owners;
  const out: PrivateState['noteOwners'] = {};
  for (const [id, o] of Object.entries(owners))
    if (o.authorId !== authorId) out[id] = o;
    else if (to !== null) out[id] = { ...o, authorId: to };
  return out;
}

/** The owner link of note `from` given to `to` as well: a breakout merge's copy of a group's note stays its author's. */
export function copyOwner(owners: PrivateState['noteOwners'], from: NoteId, to: NoteId): PrivateState['noteOwners'] {
  const owner = ownEntry(owners, from);
  return owner ? { ...owners, [to]: { noteId: to, authorId: owner.authorId } } : owners;
}

const NOTE_KINDS: ReadonlySet<Board['kind']> = new Set(['notes', 'expectations']);

/** Whether a note of these boards exists anywhere, or may come back through undo. */
function written(s: WorkshopState, boardIds: ReadonlySet<BoardId>): boolean {
  const on = (n: Note | null) => n !== null && boardIds.has(n.boardId);
  const { heldNotes, hiddenNotes, groupNotes, undo } = s.priv;
  for (const coll of [s.pub.notes, heldNotes, hiddenNotes, groupNotes]) if (Object.values(coll).some(on)) return true;
  return Object.values(undo).some((e) =>
    [...Object.values(e.changes.notes), ...Object.values(e.changes.hiddenNotes)].some(
      (c) => on(c.before) || on(c.after),
    ),
  );
}

/** Makes a notes board (and its breakout groups' copies) anonymous, or not, while nothing is written on it. */
export function setAnonymous(s: WorkshopState, boardId: BoardId, anonymous: boolean): Result<Decision<null>> {
  const board = ownEntry(s.pub.boards, boardId);
  // A group's copy follows its plenary board: it is never switched alone.
  if (!board || !NOTE_KINDS.has(board.kind) || board.copyOf) return fail('not_found');
  if (isAnonymousBoard(board) === anonymous) return ok({ state: s, value: null });
  const family = Object.values(s.pub.boards).filter((b) => b.id === boardId || b.copyOf?.sourceId === boardId);
  if (written(s, new Set(family.map((b) => b.id)))) return fail(anonymous ? 'anonymous_too_late' : 'anonymous_kept');
  const boards = { ...s.pub.boards };
  for (const b of family) boards[b.id] = { ...b, anonymous };
  return ok({ state: { ...s, pub: { ...s.pub, boards } }, value: null });
}
