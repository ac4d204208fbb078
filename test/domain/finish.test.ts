/** Finishing the day: the live step ends, votes close, boards lock, the timer stops, and entering a step reopens the day. */
import { describe, expect, it } from 'vitest';
import { driftMs } from '../../shared/schedule.ts';
import type { Decision, WorkshopState } from '../../server/domain/state.ts';
import { enterStep, finishDay, stepBy } from '../../server/domain/steps.ts';
import { castVote } from '../../server/domain/votes.ts';
import { ANA, BEN, boardState, must, T0, withNote } from '../helpers/board-state.ts';

const MIN = 60_000;
const T1 = T0 + 30 * MIN;
const state = (r: { ok: true; value: Decision<unknown> } | { ok: false; error: string }): WorkshopState =>
  must(r).state;
const enter = (s: WorkshopState, segmentId: string, activityId: string | null, now = T0) =>
  state(enterStep(s, { segmentId, activityId }, now));
const focused = (s: WorkshopState): WorkshopState => ({
  ...s,
  pub: { ...s.pub, room: { ...s.pub.room, focus: { kind: 'board', boardId: 'roles' } } },
});
const finished = (segmentId: string, activityId: string) =>
  state(finishDay(focused(enter(boardState(), segmentId, activityId)), T1));

describe('finishing the day', () => {
  it.each([
    ['the last activity of the closing', 'closing', 'closing-next-steps', ['roles']],
    ['the dot vote, ending early', 'session-3', 's3-dot-vote', ['challenges', 'opportunities']],
    ['mapping roles, with the roles board open', 'session-3', 's3-roles', ['roles']],
  ])(
    'from %s: the step ends now, its boards lock, focus clears, the timer stops, the day is marked finished',
    (_name, segmentId, activityId, boards) => {
      const before = enter(boardState(), segmentId, activityId);
      const s = finished(segmentId, activityId);
      expect(s.pub.actuals[segmentId]).toEqual({ startedAt: T0, endedAt: T1 });
      expect(s.pub.actuals[activityId]).toEqual({ startedAt: T0, endedAt: T1 });
      expect(boards.map((b) => s.pub.boards[b]!.mode)).toEqual(boards.map(() => 'locked'));
      expect(boards.map((b) => s.pub.votes[b]?.status ?? 'none').filter((x) => x === 'open')).toEqual([]);
      expect(s.pub.room).toMatchObject({ live: before.pub.room.live, focus: null, finishedAt: T1 });
      expect(s.pub.room.timer).toMatchObject({ status: 'idle', endsAt: null, endedAt: null });
      expect(driftMs(s.pub.room, T1 + 120 * MIN)).toBeNull();
    },
  );

  it('closes the open vote with its results', () => {
    let s = enter(withNote(withNote(boardState(), 'c1', ANA), 'c2', BEN), 'session-3', 's3-dot-vote');
    s = state(castVote(s, 'ana', 'challenges', 'c1'));
    s = state(castVote(s, 'ben', 'challenges', 'c1'));
    s = state(finishDay(s, T1));
    expect(s.pub.votes.challenges).toMatchObject({ status: 'closed', closedAt: T1, results: { c1: 2 } });
    expect(s.pub.votes.opportunities).toMatchObject({ status: 'closed', closedAt: T1, results: {} });
  });

  it.each([
    [
      'entering the closing again reopens its step',
      (s: WorkshopState) => enterStep(s, { segmentId: 'closing', activityId: 'closing-next-steps' }, T1 + MIN),
      { startedAt: T0, endedAt: null },
    ],
    [
      'previous goes back into the closing review',
      (s: WorkshopState) => stepBy(s, -1, T1 + MIN),
      { startedAt: T0, endedAt: null },
    ],
    [
      'entering the opening starts over',
      (s: WorkshopState) => enterStep(s, { segmentId: 'opening', activityId: null }, T1 + MIN),
      undefined,
    ],
  ])('%s and clears finishedAt', (_name, op, closingActual) => {
    const s = state(op(finished('closing', 'closing-next-steps')));
    expect(s.pub.room.finishedAt).toBeNull();
    expect(s.pub.actuals.closing).toEqual(closingActual);
    expect(s.pub.room.timer.status).toBe('running');
  });

  it.each([
    ['before the day starts', () => boardState()],
    ['twice', () => finished('closing', 'closing-next-steps')],
  ])('refuses to finish %s', (_name, make) => {
    expect(finishDay(make(), T1 + MIN)).toMatchObject({ ok: false, error: 'conflict' });
  });
});
