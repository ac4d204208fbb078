/** The closing review: each expectation rated met / partly / not met by the room, then the facilitator's verdict. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { BoardId, ExpectationResult, ExpectationReview, Note, NoteId, Rating } from '../../shared/model.ts';
import type { RateInput, ReviewSetInput, VerdictInput } from '../../shared/schemas/expectations.ts';
import type { Decision, ExpectationRating, Participant, WorkshopState } from './state.ts';
import { ownEntry } from '../../shared/ids.ts';

/** The review of an expectations board; one stored before reviews existed starts idle. */
export function reviewOf(s: WorkshopState, boardId: BoardId): ExpectationReview {
  return ownEntry(s.pub.expectationReviews, boardId) ?? { boardId, status: 'idle', layout: 'one', currentNoteId: null };
}

/** The expectation `noteId`: a note on an expectations board. */
export function expectationNote(s: WorkshopState, noteId: NoteId): Result<Note> {
  const note = ownEntry(s.pub.notes, noteId);
  return note && ownEntry(s.pub.boards, note.boardId)?.kind === 'expectations'
    ? ok(note)
    : fail('not_found', 'no such expectation');
}

/** The published result of one expectation: counts only, never who rated what. */
export function resultOf(s: WorkshopState, note: Note): ExpectationResult {
  return (
    ownEntry(s.pub.expectationResults, note.id) ?? {
      noteId: note.id,
      boardId: note.boardId,
      met: 0,
      partly: 0,
      notMet: 0,
      verdict: null,
      action: null,
      updatedAt: 0,
    }
  );
}

function withResult(s: WorkshopState, r: ExpectationResult): WorkshopState {
  return { ...s, pub: { ...s.pub, expectationResults: { ...s.pub.expectationResults, [r.noteId]: r } } };
}

/** The facilitator opens or closes rating, switches between one-at-a-time and the grid, and picks what is shown. */
export function setReview(s: WorkshopState, input: ReviewSetInput): Result<Decision<null>> {
  const board = ownEntry(s.pub.boards, input.boardId);
  if (board?.kind !== 'expectations') return fail('not_found', 'no expectations board with this id');
  if (input.currentNoteId) {
    const note = expectationNote(s, input.currentNoteId);
    if (!note.ok || note.value.boardId !== input.boardId) return fail('not_found', 'no such expectation on this board');
  }
  const prev = reviewOf(s, input.boardId);
  const next: ExpectationReview = {
    boardId: input.boardId,
    status: input.status ?? prev.status,
    layout: input.layout ?? prev.layout,
    currentNoteId: input.currentNoteId === undefined ? prev.currentNoteId : input.currentNoteId,
  };
  return ok({
    state: { ...s, pub: { ...s.pub, expectationReviews: { ...s.pub.expectationReviews, [input.boardId]: next } } },
    value: null,
  });
}

const TALLY_KEY: Record<Rating, 'met' | 'partly' | 'notMet'> = { met: 'met', partly: 'partly', not_met: 'notMet' };

/** A participant rates an expectation while the review is open; rating again replaces their earlier rating. */
export function rateExpectation(
  s: WorkshopState,
  p: Participant,
  input: RateInput,
  now: number,
): Result<Decision<{ rating: Rating }>> {
  const note = expectationNote(s, input.noteId);
  if (!note.ok) return note;
  if (reviewOf(s, note.value.boardId).status !== 'open') return fail('review_not_open');
  const key = `${input.noteId}:${p.id}`;
  const prevRating = ownEntry(s.priv.ratings, key)?.rating;
  if (prevRating === input.rating) return ok({ state: s, value: { rating: input.rating } });
  const rating: ExpectationRating = { noteId: input.noteId, participantId: p.id, rating: input.rating };
  const result = { ...resultOf(s, note.value), updatedAt: now };
  if (prevRating) result[TALLY_KEY[prevRating]] -= 1;
  result[TALLY_KEY[input.rating]] += 1;
  const state = withResult({ ...s, priv: { ...s.priv, ratings: { ...s.priv.ratings, [key]: rating } } }, result);
  return ok({ state, value: { rating: input.rating } });
}

/** The facilitator records a verdict and, where it was not (fully) met, a carry-forward action. */
export function recordVerdict(s: WorkshopState, input: VerdictInput, now: number): Result<Decision<null>> {
  const note = expectationNote(s, input.noteId);
  if (!note.ok) return note;
  const result: ExpectationResult = {
    ...resultOf(s, note.value),
    verdict: input.verdict,
    action: input.action,
    updatedAt: now,
  };
  return ok({ state: withResult(s, result), value: null });
}
