/** Planned vs actual: drift, projections of the next break and the closing, and re-planning the rest of the day. */
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import type { Agenda } from '../../shared/model.ts';
import {
  aheadOfPlan,
  driftMinutes,
  driftMs,
  liveSlot,
  plannedSlots,
  projectedAt,
  projections,
  segmentMinutes,
} from '../../shared/schedule.ts';
import { loadTemplate } from '../../shared/templates/index.ts';
import { venueTimeToInstant } from '../../shared/time.ts';
import { initialState } from '../../server/domain/initial-state.ts';
import { replanDay, scaleLengths } from '../../server/domain/schedule.ts';
import type { Decision, WorkshopState } from '../../server/domain/state.ts';
import { enterStep } from '../../server/domain/steps.ts';
import { decideTimer, adjustTimer, pauseTimer } from '../../server/domain/timer.ts';
import { ok } from '../../shared/errors.ts';
import { fakeClock } from '../helpers/fake-clock.ts';

const MIN = 60_000;
const at = (hhmm: string) => venueTimeToInstant('2018-06-12', hhmm, 'Europe/Zurich');
const fresh = () => initialState(loadTemplate('ilo-coop-2018'), 'TEST01', 'ILO');

function must<T>(r: Result<Decision<T>>): WorkshopState {
  if (!r.ok) throw new Error(`${r.error}: ${r.detail ?? ''}`);
  return r.value.state;
}
const enter = (s: WorkshopState, segmentId: string, activityId: string, now: number) =>
  must(enterStep(s, { segmentId, activityId }, now));
const times = (a: Agenda) => a.segments.map((s) => `${s.id} ${s.start}-${s.end}`);

describe('planned slots', () => {
  it('lay activities back to back from their segment start, on the venue clock', () => {
    const slots = plannedSlots(fresh().pub.room.agenda, { date: '2018-06-12', timezone: 'Europe/Zurich' });
    const writing = slots.find((x) => x.activity?.id === 's3-silent-writing')!;
    expect([writing.start, writing.end]).toEqual([at('14:40'), at('14:55')]);
    expect(new Date(writing.start).toISOString()).toBe('2018-06-12T12:40:00.000Z');
    expect(slots.find((x) => x.segment.id === 'lunch')).toMatchObject({
      start: at('13:00'),
      end: at('14:30'),
      activity: null,
    });
  });
});

describe('drift', () => {
  type Case = [string, (s: WorkshopState) => WorkshopState, string, number | null];
  const timer = (change: Parameters<typeof decideTimer>[1]) => (s: WorkshopState) => must(decideTimer(s, change));
  it.each<Case>([
    ['before the day starts there is none', (s) => s, '09:30', null],
    ['started on time', (s) => enter(s, 'opening', 'opening-welcome', at('09:00')), '09:05', 0],
    ['started 7 minutes late', (s) => enter(s, 'opening', 'opening-welcome', at('09:07')), '09:08', 7 * MIN],
    ['started 5 minutes early', (s) => enter(s, 'opening', 'opening-welcome', at('08:55')), '08:56', -5 * MIN],
    [
      'extended by 5',
      (s) =>
        timer((t) => ok(adjustTimer(t, 5 * MIN, at('09:02'))))(enter(s, 'opening', 'opening-welcome', at('09:00'))),
      '09:03',
      5 * MIN,
    ],
    [
      'paused with 10 minutes left at 09:15',
      (s) => timer((t) => pauseTimer(t, at('09:05')))(enter(s, 'opening', 'opening-welcome', at('09:00'))),
      '09:15',
      10 * MIN,
    ],
    ['in an overrun of 4 minutes', (s) => enter(s, 'opening', 'opening-welcome', at('09:00')), '09:19', 4 * MIN],
  ])('%s', (_name, build, now, expected) => {
    expect(driftMs(build(fresh()).pub.room, at(now))).toBe(expected);
  });

  it("measures a rehearsal on another day against that day's clock, not the planned date", () => {
    const rehearsal = (hhmm: string) => venueTimeToInstant('2026-11-28', hhmm, 'Europe/Zurich');
    const s = enter(fresh(), 'opening', 'opening-welcome', rehearsal('09:07'));
    expect(driftMs(s.pub.room, rehearsal('09:08'))).toBe(7 * MIN);
    expect(projections(s.pub.room, rehearsal('09:08')).closing?.projectedStart).toBe(rehearsal('16:37'));
  });

  it('projects the next break and the closing by the drift', () => {
    const s = enter(fresh(), 'opening', 'opening-welcome', at('09:07'));
    const p = projections(s.pub.room, at('09:08'));
    expect([p.nextBreak?.segment.id, p.nextBreak?.projectedStart]).toEqual(['coffee-morning', at('11:07')]);
    expect([p.closing?.segment.id, p.closing?.plannedStart, p.closing?.projectedStart]).toEqual([
      'closing',
      at('16:30'),
      at('16:37'),
    ]);
    const late = projections(enter(fresh(), 'session-3', 's3-roles', at('15:30')).pub.room, at('15:31'));
    expect([late.nextBreak?.segment.id, late.nextBreak?.projectedStart]).toEqual(['coffee-afternoon', at('16:10')]);
  });
});

describe('re-planning', () => {
  it('shift: the live step absorbs the drift, every later segment moves by it, and the drift is gone', () => {
    const clock = fakeClock(at('09:07'));
    const s = enter(fresh(), 'opening', 'opening-welcome', clock.now());
    clock.advance(MIN);
    const r = replanDay(s, { mode: 'shift' }, clock.now());
    const next = must(r);
    expect(r.ok && r.value.value).toEqual({ minutes: 7 });
    expect(times(next.pub.room.agenda).slice(0, 3)).toEqual([
      'opening 09:00-09:37',
      'session-1 09:37-11:07',
      'coffee-morning 11:07-11:37',
    ]);
    expect(times(next.pub.room.agenda).at(-1)).toBe('closing 16:37-17:07');
    expect(next.pub.room.agenda.segments[0]!.activities[0]!.minutes).toBe(22);
    expect(driftMs(next.pub.room, clock.now())).toBe(0);
  });

  it('shorten: keeps the closing time and the breaks, and takes the drift proportionally from what remains', () => {
    const clock = fakeClock(at('15:05'));
    const s = enter(fresh(), 'session-3', 's3-grouping', clock.now());
    const next = must(replanDay(s, { mode: 'shorten' }, clock.now()));
    const segs = next.pub.room.agenda.segments;
    expect(times(next.pub.room.agenda).slice(-3)).toEqual([
      'session-3 14:30-16:04',
      'coffee-afternoon 16:04-16:34',
      'closing 16:34-17:00',
    ]);
    expect(segs.find((x) => x.id === 'session-3')!.activities.map((a) => a.minutes)).toEqual([10, 15, 25, 9, 22, 13]);
    expect(segs.find((x) => x.id === 'closing')!.activities.map((a) => a.minutes)).toEqual([17, 9]);
    expect(segs.filter((x) => x.kind === 'break').map(segmentMinutes)).toEqual([30, 90, 30]);
    expect(driftMs(next.pub.room, clock.now())).toBe(0);
  });

  it('shift while running early: the live step gets shorter, the rest of the day comes forward, the drift is gone', () => {
    // Talk 2 of Session 1 (09:50–10:10) was entered at 09:45 with its 20 minutes, and ended 5 min early.
    const s = enter(fresh(), 'session-1', 'session-1-talk-2', at('09:45'));
    const r = replanDay(s, { mode: 'shift' }, at('09:46'));
    const next = must(r);
    expect(r.ok && r.value.value).toEqual({ minutes: -5 });
    expect(times(next.pub.room.agenda).slice(1, 3)).toEqual(['session-1 09:30-10:55', 'coffee-morning 10:55-11:25']);
    expect(next.pub.room.agenda.segments[1]!.activities.map((a) => a.minutes)).toEqual([20, 15, 20, 30]);
    expect(driftMs(next.pub.room, at('09:46'))).toBe(0);
  });

  it('shift early by more than the live step lasts: it keeps one minute, and the rest moves by what it gave', () => {
    const s = enter(fresh(), 'session-1', 'session-1-talk-1', at('09:30'));
    const next = must(replanDay(s, { mode: 'shift', minutes: -45 }, at('09:31')));
    expect(next.pub.room.agenda.segments[1]!.activities[0]!.minutes).toBe(1);
    expect(times(next.pub.room.agenda).slice(1, 3)).toEqual(['session-1 09:30-10:41', 'coffee-morning 10:41-11:11']);
  });

  it('start now: an evening rehearsal running 724 min late moves the whole plan, past midnight, and is on time', () => {
    const s = enter(fresh(), 'opening', 'opening-welcome', at('21:04'));
    expect(driftMs(s.pub.room, at('21:05'))).toBe(724 * MIN);
    const next = must(replanDay(s, { mode: 'start' }, at('21:05')));
    expect(times(next.pub.room.agenda)[0]).toBe('opening 21:04-21:34');
    expect(times(next.pub.room.agenda).at(-1)).toBe('closing 28:34-29:04');
    expect(driftMs(next.pub.room, at('21:05'))).toBe(0);
    // After midnight the day is still the one the rehearsal began on.
    const late = enter(next, 'session-3', 's3-roles', at('21:04') + (6 * 60 + 20) * MIN);
    expect(driftMs(late.pub.room, at('21:04') + (6 * 60 + 21) * MIN)).toBe(0);
  });

  it('start now before the day begins: the first step is planned from now', () => {
    const next = must(replanDay(fresh(), { mode: 'start' }, at('10:12')));
    expect(times(next.pub.room.agenda).slice(0, 2)).toEqual(['opening 10:12-10:42', 'session-1 10:42-12:12']);
  });

  it('keeps the original plan of the first re-plan, and only that one', () => {
    const s = enter(fresh(), 'opening', 'opening-welcome', at('09:07'));
    expect(s.pub.room.originalPlan).toBeNull();
    const once = must(replanDay(s, { mode: 'shift' }, at('09:08')));
    const twice = must(replanDay(once, { mode: 'shift', minutes: 10 }, at('09:09')));
    expect(twice.pub.room.originalPlan).toEqual(once.pub.room.originalPlan);
    expect(twice.pub.room.originalPlan?.closing).toEqual({ start: at('16:30'), end: at('17:00') });
    expect(twice.pub.room.originalPlan?.['opening-welcome']).toEqual({ start: at('09:00'), end: at('09:15') });
  });

  it.each([
    ['shorten when on time', 'at start', { mode: 'shorten' as const }, 'not_running_late'],
    ['shorten with too little day left', 'late', { mode: 'shorten' as const }, 'no_time_left'],
    ['shift past the next day', 'at start', { mode: 'shift' as const, minutes: 24 * 60 }, 'out_of_day'],
    ['before the day starts', 'not started', { mode: 'shift' as const }, 'day_not_started'],
  ])('refuses to %s', (_name, when, input, error) => {
    const s =
      when === 'not started'
        ? fresh()
        : enter(fresh(), 'closing', 'closing-review', when === 'late' ? at('16:59') : at('16:30'));
    expect(replanDay(s, input, when === 'late' ? at('17:00') : at('16:31'))).toMatchObject({ ok: false, error });
  });

  it.each([
    [[10, 20, 30], 30, [5, 10, 15]],
    [[10, 15, 25], 43, [9, 13, 21]],
    [[1, 1, 1], 2, [1, 0, 1]],
  ])('scales %j to %i whole minutes', (lengths, total, expected) => {
    const scaled = scaleLengths(lengths, total);
    expect(scaled).toEqual(expected);
    expect(scaled.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('one rounding rule for every time the room is told', () => {
  it.each([
    [0, 0],
    [1, 1],
    [20_000, 1],
    [MIN, 1],
    [MIN + 1, 2],
    [-1, 0],
    [-59_999, 0],
    [-MIN, -1],
    [-90_000, -1],
  ])('%i ms of drift is %i min', (ms, minutes) => {
    expect(driftMinutes(ms)).toBe(minutes);
    expect(Object.is(driftMinutes(ms), -0)).toBe(false);
  });

  it('a break whose countdown ends at 11:30:20 says back at 11:31, and the next step starts at 11:31', () => {
    const s = must(enterStep(fresh(), { segmentId: 'coffee-morning', activityId: null }, at('11:00') + 20_000));
    const now = at('11:05');
    const drift = driftMs(s.pub.room, now)!;
    const next = plannedSlots(s.pub.room.agenda, { date: '2018-06-12', timezone: 'Europe/Zurich' }).find(
      (x) => x.activity?.id === 'session-2-talk-1',
    )!;
    const back = projectedAt(liveSlot(s.pub.room, now)!.end, drift);
    expect([back, projectedAt(next.start, drift)]).toEqual([at('11:31'), at('11:31')]);
    expect(projections(s.pub.room, now).closing?.projectedStart).toBe(at('16:31'));
  });

  it('start now 40 s into the minute: on time, not a minute late', () => {
    const s = enter(fresh(), 'opening', 'opening-welcome', at('08:58') + 40_000);
    const next = must(replanDay(s, { mode: 'start' }, at('08:59')));
    expect(times(next.pub.room.agenda)[0]).toBe('opening 08:59-09:29');
    expect(driftMinutes(driftMs(next.pub.room, at('08:59'))!)).toBe(0);
  });

  it.each([
    [-60, false],
    [-61, true],
    [-449, true],
    [0, false],
    [724, false],
  ])('%i min is ahead of the plan: %s', (minutes, expected) => {
    expect(aheadOfPlan(minutes)).toBe(expected);
  });
});
