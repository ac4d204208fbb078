/**
 * What a simulated participant does next, decided from the room as every screen sees it: write
 * on an open board, place their dots while a vote runs, rate the expectation under review,
 * propose a commitment on a roles board. Pure (the randomness is passed in), so the tests can
 * walk a room through it; the driver sends the moves through the same commands as a phone.
 */
import type { BoardId, NoteId, PublicState, Rating } from '../../../../shared/model.ts';
import type { SimWords } from './phrases.ts';

export type SimMove =
  | { kind: 'note'; boardId: BoardId; column: string; text: string }
  | { kind: 'vote'; boardId: BoardId; noteId: NoteId }
  | { kind: 'rate'; noteId: NoteId; rating: Rating }
  | { kind: 'propose'; boardId: BoardId; column: string; text: string };

/** What one simulated participant remembers of what it did: enough not to repeat itself. */
export interface SimMemory {
  /** Notes written per board. */
  written: Record<BoardId, number>;
  /** Dots placed per vote (keyed by board and the round's opening time). */
  dots: Record<string, NoteId[]>;
  rated: NoteId[];
  proposed: Record<BoardId, number>;
}

export const emptyMemory = (): SimMemory => ({ written: {}, dots: {}, rated: [], proposed: {} });

/** A few notes each per board, as people write in a timed step. */
const NOTES_PER_BOARD = 3;
const RATINGS: readonly Rating[] = ['met', 'met', 'partly', 'not_met'];

const pick = <T>(list: readonly T[], rand: () => number): T => list[Math.floor(rand() * list.length) % list.length]!;

/** The next move of a participant with `memory`, or null when there is nothing for them to do now. */
export function nextMove(s: PublicState, memory: SimMemory, words: SimWords, rand: () => number): SimMove | null {
  for (const boardId of s.room.activeBoardIds) {
    const board = s.boards[boardId];
    if (!board) continue;
    const round = s.votes[boardId];
    if (round?.status === 'open') {
      const mine = memory.dots[`${boardId}@${round.openedAt}`] ?? [];
      if (mine.length >= round.budget) continue;
      const notes = Object.values(s.notes).filter(
        (n) => n.boardId === boardId && (round.allowStacking || !mine.includes(n.id)),
      );
      if (notes.length > 0) return { kind: 'vote', boardId, noteId: pick(notes, rand).id };
      continue;
    }
    const review = s.expectationReviews[boardId];
    if (review?.status === 'open' && review.currentNoteId && !memory.rated.includes(review.currentNoteId))
      return { kind: 'rate', noteId: review.currentNoteId, rating: pick(RATINGS, rand) };
    if (board.mode !== 'open' && board.mode !== 'private') continue;
    if (board.kind === 'roles') {
      if ((memory.proposed[boardId] ?? 0) >= 1 || board.columns.length === 0) continue;
      return { kind: 'propose', boardId, column: pick(board.columns, rand), text: pick(words.commitments, rand) };
    }
    if (board.kind !== 'notes' && board.kind !== 'expectations') continue;
    if ((memory.written[boardId] ?? 0) >= NOTES_PER_BOARD) continue;
    return { kind: 'note', boardId, column: pick(board.columns, rand), text: pick(words.notes, rand) };
  }
  return null;
}

/** `memory` once `move` has been sent, done or refused: either way it is not tried again. */
export function remember(s: PublicState, memory: SimMemory, move: SimMove): SimMemory {
  switch (move.kind) {
    case 'note':
      return { ...memory, written: { ...memory.written, [move.boardId]: (memory.written[move.boardId] ?? 0) + 1 } };
    case 'vote': {
      const key = `${move.boardId}@${s.votes[move.boardId]?.openedAt ?? 0}`;
      return { ...memory, dots: { ...memory.dots, [key]: [...(memory.dots[key] ?? []), move.noteId] } };
    }
    case 'rate':
      return { ...memory, rated: [...memory.rated, move.noteId] };
    case 'propose':
      return {
        ...memory,
        proposed: { ...memory.proposed, [move.boardId]: (memory.proposed[move.boardId] ?? 0) + 1 },
      };
  }
}
