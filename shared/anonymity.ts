/**
 * Anonymous boards: a note written on one carries this author id and no name or organisation,
 * in the document, in every view derived from it and in the report. Only the server knows who
 * wrote it (its private `noteOwners`), so ownership still works.
 */
import type { Board, Note } from './model.ts';

/** The author id every note of an anonymous board carries; never a participant's id (those are 22 characters). */
export const ANONYMOUS_AUTHOR = 'anonymous';

/** Whether `note` was written on an anonymous board. */
export function isAnonymousNote(note: Pick<Note, 'authorId'>): boolean {
  return note.authorId === ANONYMOUS_AUTHOR;
}

/** Whether notes written on `board` now are anonymous (boards stored before the setting existed are not). */
export function isAnonymousBoard(board: Pick<Board, 'anonymous'> | undefined): boolean {
  return board?.anonymous === true;
}
