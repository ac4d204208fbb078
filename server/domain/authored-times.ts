/**
 * The rate bound's memory: for each participant, the notes they wrote in the last window, newest
 * last. Kept by `addNote` beside the notes, so checking the bound reads a handful of entries
 * instead of every note of the workshop (it scanned them all on each note:add).
 */
import { BOARD_LIMITS } from '../../shared/schemas/boards.ts';
import type { NoteId, ParticipantId } from '../../shared/model.ts';
import { ownEntry } from '../../shared/ids.ts';
import { put } from './records.ts';
import { ownerOf } from './anonymity.ts';
import type { WorkshopState } from './state.ts';

const inWindow = (at: number, now: number) => at > now - BOARD_LIMITS.rateWindowMs;

/**
 * Whether the note is still there, shown or held, as `authorId`'s: a deleted or hidden one no
 * longer counts. Its owner, not its by-line: a note of an anonymous board names nobody.
 */
function stillTheirs(s: WorkshopState, id: NoteId, authorId: string): boolean {
  const note = ownEntry(s.pub.notes, id) ?? ownEntry(s.priv.heldNotes, id);
  return note !== undefined && ownerOf(s, note) === authorId;
}

/** Notes `authorId` created in the rate window ending at `now`, shown or held. */
export function recentNoteCount(s: WorkshopState, authorId: ParticipantId, now: number): number {
  const mine = ownEntry(s.priv.noteTimes, authorId)?.notes ?? [];
  return mine.filter((n) => inWindow(n.at, now) && stillTheirs(s, n.id, authorId)).length;
}

/** The state remembering that `authorId` wrote note `id` at `now`; times out of the window are forgotten. */
export function withNoteTime(s: WorkshopState, authorId: ParticipantId, id: NoteId, now: number): WorkshopState {
  const before = ownEntry(s.priv.noteTimes, authorId)?.notes ?? [];
  const notes = [...before.filter((n) => inWindow(n.at, now)), { id, at: now }];
  return { ...s, priv: { ...s.priv, noteTimes: put(s.priv.noteTimes, authorId, { participantId: authorId, notes }) } };
}
