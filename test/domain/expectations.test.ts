/** The closing review: steering, rating while open, live tallies without names, verdicts and carry-forward. */
import { describe, expect, it } from 'vitest';
import { rateExpectation, recordVerdict, setReview } from '../../server/domain/expectations.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import type { Rating } from '../../shared/model.ts';
import { ReviewSetInput, VerdictInput } from '../../shared/schemas/expectations.ts';
import { ANA, BEN, boardState, must, REMOTE, T0, withNote } from '../helpers/board-state.ts';

/** Two expectations written in the opening; the review open unless told otherwise. */
function reviewState(status: 'idle' | 'open' | 'closed' = 'open'): WorkshopState {
  const notes = withNote(
    withNote(boardState(), 'e1', ANA, { boardId: 'expectations', column: 'Expectations' }),
    'e2',
    BEN,
    { boardId: 'expectations', column: 'Expectations' },
  );
  const withChallenge = withNote(notes, 'n1', BEN);
  return must(setReview(withChallenge, ReviewSetInput.parse({ boardId: 'expectations', status }))).state;
}

const rate = (s: WorkshopState, who = ANA, rating: Rating = 'met', noteId = 'e1') =>
  rateExpectation(s, who, { noteId, rating }, T0);

describe('rating an expectation', () => {
  it.each<[string, 'idle' | 'open' | 'closed', string, string | null]>([
    ['while the review is open', 'open', 'e1', null],
    ['before the review opens', 'idle', 'e1', 'review_not_open'],
    ['after it closed', 'closed', 'e1', 'review_not_open'],
    ['a challenge, not an expectation', 'open', 'n1', 'not_found'],
    ['a missing note', 'open', 'nope', 'not_found'],
  ])('%s', (_name, status, noteId, error) => {
    const r = rate(reviewState(status), ANA, 'met', noteId);
    if (error) expect(r).toMatchObject({ ok: false, error });
    else expect(r.ok).toBe(true);
  });

  it('tallies everyone, replaces a changed rating, and ignores a repeat', () => {
    let s = reviewState();
    for (const [who, rating] of [
      [ANA, 'met'],
      [BEN, 'partly'],
      [REMOTE, 'not_met'],
      [ANA, 'partly'],
      [ANA, 'partly'],
    ] as const)
      s = must(rate(s, who, rating)).state;
    expect(s.pub.expectationResults.e1).toMatchObject({ met: 0, partly: 2, notMet: 1, verdict: null });
    expect(Object.keys(s.priv.ratings).sort()).toEqual(['e1:ana', 'e1:ben', 'e1:rem']);
  });

  it('keeps who rated what out of the shared document', () => {
    const s = must(rate(reviewState(), ANA, 'not_met')).state;
    expect(Object.keys(s.pub.expectationResults.e1!).sort()).toEqual([
      'action',
      'boardId',
      'met',
      'notMet',
      'noteId',
      'partly',
      'updatedAt',
      'verdict',
    ]);
    expect(JSON.stringify(s.pub)).not.toContain('e1:ana');
    expect(s.priv.ratings['e1:ana']).toEqual({ noteId: 'e1', participantId: 'ana', rating: 'not_met' });
  });
});

describe('steering the review', () => {
  it('shows one expectation, then the grid, keeping what is not said', () => {
    let s = must(
      setReview(reviewState('idle'), ReviewSetInput.parse({ boardId: 'expectations', currentNoteId: 'e2' })),
    ).state;
    s = must(setReview(s, ReviewSetInput.parse({ boardId: 'expectations', layout: 'grid' }))).state;
    expect(s.pub.expectationReviews.expectations).toEqual({
      boardId: 'expectations',
      status: 'idle',
      layout: 'grid',
      currentNoteId: 'e2',
    });
  });

  it.each([
    ['a notes board', { boardId: 'challenges' }],
    ['a challenge as the current expectation', { boardId: 'expectations', currentNoteId: 'n1' }],
  ])('refuses %s', (_name, input) => {
    expect(setReview(reviewState(), ReviewSetInput.parse(input))).toMatchObject({ ok: false, error: 'not_found' });
  });
});

describe('verdicts and carry-forward actions', () => {
  it('records a verdict with an action, while ratings stay', () => {
    const rated = must(rate(reviewState(), BEN, 'not_met')).state;
    const input = VerdictInput.parse({
      noteId: 'e1',
      verdict: 'not_met',
      action: { text: 'Map financing instruments', organisation: 'ILO COOP', due: '2018-10-15' },
    });
    const s = must(recordVerdict(rated, input, T0 + 9)).state;
    expect(s.pub.expectationResults.e1).toMatchObject({
      notMet: 1,
      verdict: 'not_met',
      action: { text: 'Map financing instruments', organisation: 'ILO COOP', due: '2018-10-15' },
      updatedAt: T0 + 9,
    });
  });

  it('records a verdict even when nobody rated', () => {
    const s = must(
      recordVerdict(reviewState('closed'), VerdictInput.parse({ noteId: 'e2', verdict: 'met' }), T0),
    ).state;
    expect(s.pub.expectationResults.e2).toMatchObject({ met: 0, partly: 0, notMet: 0, verdict: 'met', action: null });
  });

  it.each([
    [
      'an action for a met expectation',
      { noteId: 'e1', verdict: 'met', action: { text: 'x', organisation: 'y', due: '2018-10-01' } },
    ],
    [
      'an action without a verdict',
      { noteId: 'e1', verdict: null, action: { text: 'x', organisation: 'y', due: '2018-10-01' } },
    ],
    ['an action without a date', { noteId: 'e1', verdict: 'partly', action: { text: 'x', organisation: 'y' } }],
    ['an unknown verdict', { noteId: 'e1', verdict: 'great' }],
  ])('the schema refuses %s', (_name, input) => {
    expect(VerdictInput.safeParse(input).success).toBe(false);
  });

  it('refuses a verdict on a note that is not an expectation', () => {
    expect(recordVerdict(reviewState(), VerdictInput.parse({ noteId: 'n1', verdict: 'met' }), T0)).toMatchObject({
      ok: false,
      error: 'not_found',
    });
  });
});
