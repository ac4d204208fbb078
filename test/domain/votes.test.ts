/** Dot voting: budget, stacking, retracting, closing and the order of results. */
import { describe, expect, it } from 'vitest';
import type { WorkshopState } from '../../server/domain/state.ts';
import { castVote, closeVote, dotsOf, openVote, retractVote } from '../../server/domain/votes.ts';
import { rankResults } from '../../shared/vote-results.ts';
import { ANA, BEN, boardState, must, T0, withNote } from '../helpers/board-state.ts';

function voting(budget: number, allowStacking: boolean): WorkshopState {
  const s = withNote(
    withNote(withNote(boardState('locked'), 'n1', ANA, { createdAt: 1 }), 'n2', BEN, { createdAt: 2 }),
    'n3',
    BEN,
    { createdAt: 3 },
  );
  return openVote(s, 'challenges', { budget, allowStacking }, T0);
}

function castAll(s: WorkshopState, who: string, noteIds: string[]): WorkshopState {
  for (const id of noteIds) s = must(castVote(s, who, 'challenges', id)).state;
  return s;
}

describe('casting', () => {
  it.each([
    ['within budget', 3, false, ['n1', 'n2'], 'n3', null],
    ['past the budget', 2, false, ['n1', 'n2'], 'n3', 'vote_budget_spent'],
    ['a second dot on one note, stacking off', 3, false, ['n1'], 'n1', 'vote_stacking_not_allowed'],
    ['a second dot on one note, stacking on', 3, true, ['n1'], 'n1', null],
    ['on a note of another board', 3, false, [], 'zz', 'not_found'],
  ])('%s', (_n, budget, stacking, before, noteId, error) => {
    const s = castAll(voting(budget, stacking), 'ana', before);
    const r = castVote(s, 'ana', 'challenges', noteId);
    expect(r.ok ? null : r.error).toBe(error);
  });

  it('refuses when no round is open, and after close', () => {
    expect(castVote(boardState(), 'ana', 'challenges', 'n1')).toEqual({ ok: false, error: 'vote_not_open' });
    expect(castVote(closeVote(voting(3, false), 'challenges', T0), 'ana', 'challenges', 'n1')).toEqual({
      ok: false,
      error: 'vote_not_open',
    });
  });

  it('answers the dots left, counts dots in public, and keeps who voted for what private', () => {
    const r = must(castVote(voting(3, false), 'ana', 'challenges', 'n2'));
    expect(r.value).toEqual({ remaining: 2 });
    expect(r.state.pub.votes.challenges).toMatchObject({ dotsCast: 1, results: null });
    expect(JSON.stringify(r.state.pub)).not.toContain('"n2":1');
    expect(dotsOf(r.state, 'challenges', 'ana')).toEqual(['n2']);
  });

  it('budgets are per person', () => {
    const s = castAll(voting(1, false), 'ana', ['n1']);
    expect(castVote(s, 'ben', 'challenges', 'n1').ok).toBe(true);
  });
});

describe('retracting', () => {
  it('gives one dot back', () => {
    const s = castAll(voting(2, true), 'ana', ['n1', 'n1']);
    const r = must(retractVote(s, 'ana', 'challenges', 'n1'));
    expect(r.value).toEqual({ remaining: 1 });
    expect(dotsOf(r.state, 'challenges', 'ana')).toEqual(['n1']);
    expect(r.state.pub.votes.challenges!.dotsCast).toBe(1);
  });
  it.each([
    ['no dot there', voting(2, false), 'no_vote_to_retract'],
    ['no open round', boardState(), 'vote_not_open'],
  ])('refuses with %s', (_n, s, error) =>
    expect(retractVote(s, 'ana', 'challenges', 'n1')).toEqual({ ok: false, error }),
  );
});

describe('results', () => {
  it('publishes counts at close, ordered by dots then by the board order', () => {
    let s = castAll(voting(3, true), 'ana', ['n3', 'n3', 'n1']);
    s = castAll(s, 'ben', ['n2', 'n1']);
    const closed = closeVote(s, 'challenges', T0 + 1).pub.votes.challenges!;
    expect(closed.results).toEqual({ n3: 2, n1: 2, n2: 1 });
    expect(rankResults(closed, s.pub.notes)).toEqual([
      { noteId: 'n1', count: 2 },
      { noteId: 'n3', count: 2 },
      { noteId: 'n2', count: 1 },
    ]);
  });
  it('has no ranking while open, and drops notes deleted since', () => {
    const s = castAll(voting(3, false), 'ana', ['n1', 'n2']);
    expect(rankResults(s.pub.votes.challenges!, s.pub.notes)).toEqual([]);
    const closed = closeVote(s, 'challenges', T0).pub.votes.challenges!;
    const { n1: _gone, ...notes } = s.pub.notes;
    expect(rankResults(closed, notes)).toEqual([{ noteId: 'n2', count: 1 }]);
  });
});
