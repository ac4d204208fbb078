/**
 * Sticky notes: who may write where, ownership, the rate bound, and private writing (a note
 * posted to a private board is held in private state until the facilitator reveals it).
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Board, BoardId, Note, NoteId } from '../../shared/model.ts';
import { BOARD_LIMITS, type NoteAddInput, type NoteEditInput } from '../../shared/schemas/boards.ts';
import { withHiddenCount } from './boards.ts';
import { clearFocusOn } from './focus.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';
import { KEY_HOLDER } from './sender.ts';
import { recordUndo } from './undo.ts';
import { hasEntry, ownEntry } from '../../shared/ids.ts';
import { ownsCopy } from '../../shared/breakouts.ts';
import { authored, forgetOwner, ownerOf } from './anonymity.ts';
import { recentNoteCount, withNoteTime } from './authored-times.ts';
import { drop, put } from './records.ts';

/**
 * Who acts on a board: staff moderate any note; a participant only their own. A co-facilitator
 * is staff with a participant identity, the key holder is staff without one.
 */
export type BoardActor =
  | { role: 'facilitator'; participant?: Participant | null }
  | { role: 'participant'; participant: Participant };

/** Author id of notes the key holder writes (they have no participant identity). */
export const FACILITATOR_AUTHOR = KEY_HOLDER;

/** The author id `actor`'s notes carry. */
export function authorIdOf(actor: BoardActor): string {
  return actor.participant?.id ?? FACILITATOR_AUTHOR;
}

const NOTE_KINDS: ReadonlySet<Board['kind']> = new Set(['notes', 'expectations']);

/** The board a note command may touch: a notes board, and for participants active, unlocked and open to them. */
export function writableBoard(s: WorkshopState, boardId: BoardId, actor: BoardActor): Result<Board> {
  const board = ownEntry(s.pub.boards, boardId);
  if (!board || !NOTE_KINDS.has(board.kind)) return fail('not_found');
  if (actor.role === 'facilitator') return ok(board);
  if (!s.pub.room.activeBoardIds.includes(boardId)) return fail('board_closed');
  if (board.mode === 'locked') return fail('board_locked');
  if (actor.participant.attendance === 'remote' && !board.remoteWriting) return fail('remote_writing_closed');
  // A breakout group's copy of a board is its own: other groups may not write on it.
  if (board.copyOf && !ownsCopy(s.pub.breakouts, board.copyOf, actor.participant.id)) return fail('not_in_group');
  return ok(board);
}

const exists = (s: WorkshopState, id: NoteId) =>
  hasEntry(s.pub.notes, id) || hasEntry(s.priv.heldNotes, id) || hasEntry(s.priv.hiddenNotes, id);

/** Adds a note; on a private board a participant's note is held back and only counted. */
export function addNote(
  s: WorkshopState,
  actor: BoardActor,
  input: NoteAddInput,
  now: number,
): Result<Decision<{ id: NoteId; held: boolean }>> {
  const board = writableBoard(s, input.boardId, actor);
  if (!board.ok) return board;
  if (!board.value.columns.includes(input.column)) return fail('bad_request', 'unknown column');
  if (exists(s, input.id)) return fail('conflict', 'note id in use');
  const p = actor.participant ?? null;
  if (actor.role === 'participant' && recentNoteCount(s, actor.participant.id, now) >= BOARD_LIMITS.notesPerWindow)
    return fail('rate_limited');
  const { note, state } = authored(s, board.value, {
    id: input.id,
    boardId: input.boardId,
    column: input.column,
    text: input.text,
    authorId: authorIdOf(actor),
    authorName: p?.name ?? '',
    organisation: p?.organisation ?? '',
    groupId: null,
    createdAt: now,
    updatedAt: now,
  });
  // Only participants are held to the rate, so only their notes are timed.
  const timed = actor.role === 'participant' ? withNoteTime(state, actor.participant.id, note.id, now) : state;
  // Staff write like everyone else here: a note of theirs on a private board is held too.
  if (board.value.mode === 'private') {
    const held = { ...timed, priv: { ...timed.priv, heldNotes: put(timed.priv.heldNotes, note.id, note) } };
    return ok({ state: withHiddenCount(held, input.boardId, 1), value: { id: note.id, held: true } });
  }
  return ok({
    state: { ...timed, pub: { ...timed.pub, notes: put(timed.pub.notes, note.id, note) } },
    value: { id: note.id, held: false },
  });
}

/** A note and whether the server holds it back (written while its board was private). */
export interface Found {
  note: Note;
  held: boolean;
}

/** Finds a note the actor may change: their own (shown or held), or any shown note for staff. */
function findChangeable(s: WorkshopState, actor: BoardActor, noteId: NoteId): Result<Found> {
  const shown = ownEntry(s.pub.notes, noteId);
  // A held note exists only for its author: to anyone else, staff included, it is simply not there.
  const candidate = ownEntry(s.priv.heldNotes, noteId);
  const held = candidate && ownerOf(s, candidate) === authorIdOf(actor) ? candidate : undefined;
  const note = shown ?? held;
  if (!note) return fail('not_found');
  if (actor.role === 'participant' && ownerOf(s, note) !== actor.participant.id) return fail('not_owner');
  const board = writableBoard(s, note.boardId, actor);
  if (!board.ok) return board;
  return ok({ note, held: !shown });
}

function putNote(s: WorkshopState, found: Found, note: Note): WorkshopState {
  if (found.held) return { ...s, priv: { ...s.priv, heldNotes: put(s.priv.heldNotes, note.id, note) } };
  return { ...s, pub: { ...s.pub, notes: put(s.pub.notes, note.id, note) } };
}

/** Changes a note's text and/or column; a facilitator's change of someone's note can be undone. */
export function editNote(
  s: WorkshopState,
  actor: BoardActor,
  input: NoteEditInput,
  now: number,
): Result<Decision<null>> {
  const found = findChangeable(s, actor, input.noteId);
  if (!found.ok) return found;
  const { note } = found.value;
  const column = input.column ?? note.column;
  if (!ownEntry(s.pub.boards, note.boardId)?.columns.includes(column)) return fail('bad_request', 'unknown column');
  const next = putNote(s, found.value, { ...note, text: input.text ?? note.text, column, updatedAt: now });
  return ok({ state: actor.role === 'facilitator' ? recordUndo(s, next, 'note:edit', now) : next, value: null });
}

/** The state without one note, shown or held (a held one leaves its board's hidden count). */
export function withoutNote(s: WorkshopState, found: Found): WorkshopState {
  const id = found.note.id;
  if (found.held)
    return withHiddenCount(
      { ...s, priv: { ...s.priv, heldNotes: drop(s.priv.heldNotes, id) } },
      found.note.boardId,
      -1,
    );
  const notes = drop(s.pub.notes, id);
  return { ...s, pub: { ...s.pub, notes, room: clearFocusOn(s.pub.room, { kind: 'note', id }) } };
}

/** Deletes a note; the facilitator may delete any shown note, and that can be undone. */
export function deleteNote(s: WorkshopState, actor: BoardActor, noteId: NoteId, now: number): Result<Decision<null>> {
  const found = findChangeable(s, actor, noteId);
  if (!found.ok) return found;
  const next = withoutNote(s, found.value);
  // An author's own delete cannot be undone, so who wrote it goes too; a facilitator's keeps it for undo.
  if (actor.role === 'participant') return ok({ state: forgetOwner(next, noteId), value: null });
  return ok({ state: recordUndo(s, next, 'note:delete', now), value: null });
}

/**
 * `s` without the shown notes `noteIds`, each kept in private state when `hide` (so undo can
 * bring it back either way); an unknown note refuses the whole action.
 */
function takeOff(s: WorkshopState, noteIds: ReadonlySet<NoteId>, hide: boolean): Result<WorkshopState> {
  let next = s;
  for (const id of noteIds) {
    const note = ownEntry(next.pub.notes, id);
    if (!note) return fail('not_found');
    next = withoutNote(next, { note, held: false });
    if (hide) next = { ...next, priv: { ...next.priv, hiddenNotes: put(next.priv.hiddenNotes, id, note) } };
  }
  return ok(next);
}

/** Takes one shown note off the board into private state (moderation); undo brings it back. */
export function hideNote(s: WorkshopState, noteId: NoteId, now: number): Result<Decision<null>> {
  const next = takeOff(s, new Set([noteId]), true);
  return next.ok ? ok({ state: recordUndo(s, next.value, 'note:hide', now), value: null }) : next;
}

/** Hides (or deletes) a selection of shown notes as one action, which one undo brings back; answers how many. */
function takeOffSelection(
  s: WorkshopState,
  noteIds: readonly NoteId[],
  hide: boolean,
  now: number,
): Result<Decision<number>> {
  const ids = new Set(noteIds);
  const next = takeOff(s, ids, hide);
  if (!next.ok) return next;
  return ok({ state: recordUndo(s, next.value, hide ? 'notes:hide' : 'notes:delete', now), value: ids.size });
}

/** The facilitator hides a selection of shown notes; one undo brings them all back. */
export function hideNotes(
  s: WorkshopState,
  noteIds: readonly NoteId[],
  now: number,
): Result<Decision<{ hidden: number }>> {
  const r = takeOffSelection(s, noteIds, true, now);
  return r.ok ? ok({ state: r.value.state, value: { hidden: r.value.value } }) : r;
}

/** The facilitator deletes a selection of shown notes; one undo brings them all back. */
export function deleteNotes(
  s: WorkshopState,
  noteIds: readonly NoteId[],
  now: number,
): Result<Decision<{ deleted: number }>> {
  const r = takeOffSelection(s, noteIds, false, now);
  return r.ok ? ok({ state: r.value.state, value: { deleted: r.value.value } }) : r;
}
