/** Entering agenda steps: the room follows each step's configuration, and actual times follow the room. */
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import { loadTemplate } from '../../shared/templates/index.ts';
import { initialState } from '../../server/domain/initial-state.ts';
import type { Decision, WorkshopState } from '../../server/domain/state.ts';
import { enterStep, stepBy } from '../../server/domain/steps.ts';
import { fakeClock } from '../helpers/fake-clock.ts';

const MIN = 60_000;
const fresh = () => initialState(loadTemplate('ilo-coop-2018'), 'TEST01', 'ILO');
const clock = fakeClock();
const T0 = clock.now();

function must<T>(r: Result<Decision<T>>): WorkshopState {
  if (!r.ok) throw new Error(`${r.error}: ${r.detail ?? ''}`);
  return r.value.state;
}
const enter = (s: WorkshopState, segmentId: string, activityId: string | null, now = T0) =>
  must(enterStep(s, { segmentId, activityId }, now));
const modes = (s: WorkshopState, ...ids: string[]) => ids.map((id) => s.pub.boards[id]!.mode);

describe('entering Session 3', () => {
  it('silent writing opens Challenges and Opportunities in private mode, and the next activity locks them', () => {
    const framing = enter(fresh(), 'session-3', 's3-framing');
    expect(modes(framing, 'challenges', 'opportunities')).toEqual(['locked', 'locked']);
    const writing = must(stepBy(framing, 1, T0 + 10 * MIN));
    expect(writing.pub.room.live).toEqual({
      segmentId: 'session-3',
      activityId: 's3-silent-writing',
      enteredAt: T0 + 10 * MIN,
    });
    expect(writing.pub.room.activeBoardIds).toEqual(['challenges', 'opportunities']);
    expect(modes(writing, 'challenges', 'opportunities')).toEqual(['private', 'private']);
    expect(writing.pub.room.timer).toMatchObject({ status: 'running', durationMs: 15 * MIN, endsAt: T0 + 25 * MIN });
    const grouping = must(stepBy(writing, 1, T0 + 25 * MIN));
    expect(modes(grouping, 'challenges', 'opportunities')).toEqual(['locked', 'locked']);
  });

  it('the dot vote opens a vote with its budget on both boards, and leaving it closes them', () => {
    const vote = enter(fresh(), 'session-3', 's3-dot-vote');
    expect(vote.pub.votes.challenges).toMatchObject({ status: 'open', budget: 5, allowStacking: false });
    expect(vote.pub.votes.opportunities).toMatchObject({ status: 'open', budget: 5 });
    const roles = must(stepBy(vote, 1, T0 + 10 * MIN));
    expect([roles.pub.votes.challenges?.status, roles.pub.votes.opportunities?.status]).toEqual(['closed', 'closed']);
    expect(roles.pub.room.activeBoardIds).toEqual(['roles']);
    expect(modes(roles, 'challenges', 'opportunities', 'roles')).toEqual(['locked', 'locked', 'open']);
  });

  it('a break locks the boards that were active and runs the timer for its planned length', () => {
    const qa = enter(fresh(), 'session-1', 'session-1-qa');
    expect(modes(qa, 'questions')).toEqual(['open']);
    const coffee = must(stepBy(qa, 1, T0));
    expect(coffee.pub.room.activeBoardIds).toEqual([]);
    expect(modes(coffee, 'questions')).toEqual(['locked']);
    expect(coffee.pub.room.timer.durationMs).toBe(30 * MIN);
  });
});

describe('navigation', () => {
  it.each([
    [
      'next before the day starts enters the first step',
      (s: WorkshopState) => stepBy(s, 1, T0),
      { segmentId: 'opening', activityId: 'opening-welcome' },
    ],
    [
      'a segment with activities is entered at its first',
      (s: WorkshopState) => enterStep(s, { segmentId: 'session-3', activityId: null }, T0),
      { segmentId: 'session-3', activityId: 's3-framing' },
    ],
    [
      'a segment without activities is entered itself',
      (s: WorkshopState) => enterStep(s, { segmentId: 'lunch', activityId: null }, T0),
      { segmentId: 'lunch', activityId: null },
    ],
  ])('%s', (_name, op, live) => {
    expect(must(op(fresh())).pub.room.live).toMatchObject(live);
  });

  it.each([
    ['previous before the day starts', (s: WorkshopState) => stepBy(s, -1, T0), 'conflict'],
    [
      'next after the last step',
      (s: WorkshopState) => stepBy(enter(s, 'closing', 'closing-next-steps'), 1, T0),
      'conflict',
    ],
    [
      'an unknown segment',
      (s: WorkshopState) => enterStep(s, { segmentId: 'nope', activityId: null }, T0),
      'not_found',
    ],
    [
      'an activity of another segment',
      (s: WorkshopState) => enterStep(s, { segmentId: 'opening', activityId: 's3-framing' }, T0),
      'not_found',
    ],
  ])('refuses %s', (_name, op, error) => {
    expect(op(fresh())).toMatchObject({ ok: false, error });
  });

  it('uses a configured timer length over the planned one', () => {
    const s = fresh();
    const agenda = structuredClone(s.pub.room.agenda);
    agenda.segments.find((x) => x.id === 'lunch')!.config.timerMinutes = 45;
    const lunch = enter({ ...s, pub: { ...s.pub, room: { ...s.pub.room, agenda } } }, 'lunch', null);
    expect(lunch.pub.room.timer.durationMs).toBe(45 * MIN);
  });
});

describe('actual times', () => {
  it('end the step left and start the step entered; a segment spans its activities', () => {
    let s = enter(fresh(), 'opening', 'opening-welcome', T0);
    s = must(stepBy(s, 1, T0 + 16 * MIN));
    s = must(stepBy(s, 1, T0 + 33 * MIN));
    expect(s.pub.actuals).toEqual({
      opening: { startedAt: T0, endedAt: T0 + 33 * MIN },
      'opening-welcome': { startedAt: T0, endedAt: T0 + 16 * MIN },
      'opening-expectations': { startedAt: T0 + 16 * MIN, endedAt: T0 + 33 * MIN },
      'session-1': { startedAt: T0 + 33 * MIN, endedAt: null },
      'session-1-talk-1': { startedAt: T0 + 33 * MIN, endedAt: null },
    });
  });

  it('going back forgets the steps after the target and resumes it', () => {
    let s = enter(fresh(), 'opening', 'opening-welcome', T0);
    s = must(stepBy(s, 1, T0 + 15 * MIN));
    s = must(stepBy(s, 1, T0 + 30 * MIN));
    s = must(stepBy(s, -1, T0 + 31 * MIN));
    expect(s.pub.actuals).toEqual({
      opening: { startedAt: T0, endedAt: null },
      'opening-welcome': { startedAt: T0, endedAt: T0 + 15 * MIN },
      'opening-expectations': { startedAt: T0 + 15 * MIN, endedAt: null },
    });
  });
});
