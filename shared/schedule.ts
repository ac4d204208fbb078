/**
 * The day's plan as instants, and how reality compares: the order of steps, planned slots,
 * drift ("running N minutes late") and where the drift puts the next break and the closing.
 * Shared so the server (navigation, re-planning) and every screen compute the same thing.
 */
import type { Activity, Agenda, RoomState, Segment, WorkshopMeta } from './model.ts';
import { clockMinutes, venueTimeToInstant } from './time.ts';
import { timerEndAt } from './timer.ts';

const MINUTE = 60_000;

/** One place the room can be: a segment without activities, or one activity of a segment. */
export interface StepRef {
  segment: Segment;
  activity: Activity | null;
}

export interface PlannedSlot extends StepRef {
  /** Planned start and end, server time (ms). */
  start: number;
  end: number;
}

/** Steps in the order the facilitator moves through them; a segment with activities is its activities. */
export function agendaSteps(agenda: Agenda): StepRef[] {
  return agenda.segments.flatMap((segment): StepRef[] =>
    segment.activities.length === 0
      ? [{ segment, activity: null }]
      : segment.activities.map((activity) => ({ segment, activity })),
  );
}

/** Planned start and end of a segment on the venue's clock. */
export function segmentSlot(
  segment: Segment,
  meta: Pick<WorkshopMeta, 'date' | 'timezone'>,
): { start: number; end: number } {
  return {
    start: venueTimeToInstant(meta.date, segment.start, meta.timezone),
    end: venueTimeToInstant(meta.date, segment.end, meta.timezone),
  };
}

/** Planned length of a segment in minutes. */
export function segmentMinutes(segment: Segment): number {
  return clockMinutes(segment.end) - clockMinutes(segment.start);
}

/** Every step with its planned slot; activities run back to back from their segment's start. */
export function plannedSlots(agenda: Agenda, meta: Pick<WorkshopMeta, 'date' | 'timezone'>): PlannedSlot[] {
  return agenda.segments.flatMap((segment): PlannedSlot[] => {
    const slot = segmentSlot(segment, meta);
    if (segment.activities.length === 0) return [{ segment, activity: null, ...slot }];
    let at = slot.start;
    return segment.activities.map((activity) => {
      const start = at;
      at += activity.minutes * MINUTE;
      return { segment, activity, start, end: at };
    });
  });
}

/** The venue's date (`YYYY-MM-DD`) at `instant`. */
export function venueDate(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

type RoomView = Pick<RoomState, 'agenda' | 'meta' | 'live' | 'timer' | 'finishedAt'>;

/** Whether the facilitator has finished the day; rooms stored before agenda:finish existed have no finishedAt. */
export function dayFinished(room: Pick<RoomState, 'finishedAt'>): boolean {
  return typeof room.finishedAt === 'number';
}

const HALF_DAY = 12 * 60 * MINUTE;

/**
 * The day the plan is measured against: the venue date the room is running it on, so a
 * rehearsal or a moved meeting keeps its clock times instead of drifting by days. A step
 * entered after midnight whose plan puts it more than half a day ahead belongs to the day
 * before: the evening that ran (or was re-planned) past midnight.
 */
export function runDay(
  room: Pick<RoomState, 'meta' | 'live' | 'agenda'>,
  now: number,
): Pick<WorkshopMeta, 'date' | 'timezone'> {
  const timezone = room.meta.timezone;
  const at = room.live.enteredAt ?? now;
  const date = venueDate(at, timezone);
  const { segmentId, activityId } = room.live;
  const live = plannedSlots(room.agenda, { date, timezone }).find(
    (s) => s.segment.id === segmentId && (s.activity?.id ?? null) === activityId,
  );
  if (live && live.start - at > HALF_DAY) return { date: venueDate(at - 2 * HALF_DAY, timezone), timezone };
  return { date, timezone };
}

/** The planned slot of the step the room is in, or null before the day starts. */
export function liveSlot(room: Pick<RoomState, 'agenda' | 'meta' | 'live'>, now: number): PlannedSlot | null {
  const { segmentId, activityId } = room.live;
  return (
    plannedSlots(room.agenda, runDay(room, now)).find(
      (s) => s.segment.id === segmentId && (s.activity?.id ?? null) === activityId,
    ) ?? null
  );
}

/**
 * How late (positive) or early (negative) the day runs, in ms: when the live step is now
 * expected to end (the timer's end, never before now) against its planned end. Null before
 * the day starts and once it is finished: nothing is running late any more.
 */
export function driftMs(room: RoomView, now: number): number | null {
  const slot = liveSlot(room, now);
  if (!slot || dayFinished(room)) return null;
  const idleEnd = (room.live.enteredAt ?? now) + (slot.end - slot.start);
  const expectedEnd = room.timer.status === 'idle' ? idleEnd : timerEndAt(room.timer, now);
  return Math.max(now, expectedEnd) - slot.end;
}

/**
 * Whole minutes of drift as every screen tells it: rounded up, so that no time a screen gives
 * ("back at", the next step's time, the closing's) comes before the real one, and under a
 * minute early is on time. Re-planning moves the plan by the same minutes.
 */
export function driftMinutes(ms: number): number {
  return Math.ceil(ms / MINUTE) || 0;
}

/** A planned instant moved by the drift, as every screen shows it. */
export function projectedAt(planned: number, drift: number): number {
  return planned + driftMinutes(drift) * MINUTE;
}

/**
 * Early by more than this, the plan is not being followed (a rehearsal walked through in
 * minutes, a day that dropped whole sessions): "N min early" means nothing there, the live
 * step's planned time does.
 */
export const AHEAD_OF_PLAN_MINUTES = 60;

/** Whether a drift (whole minutes) is too early to be told as minutes early. */
export function aheadOfPlan(minutes: number): boolean {
  return minutes < -AHEAD_OF_PLAN_MINUTES;
}

export interface Projection {
  segment: Segment;
  plannedStart: number;
  projectedStart: number;
}

/** Where the current drift puts the next break and the closing (null when there is none ahead). */
export function projections(room: RoomView, now: number): { nextBreak: Projection | null; closing: Projection | null } {
  const drift = driftMs(room, now) ?? 0;
  const index = room.agenda.segments.findIndex((s) => s.id === room.live.segmentId);
  const ahead = room.agenda.segments.slice(index + 1);
  const project = (segment: Segment | undefined): Projection | null => {
    if (!segment) return null;
    const plannedStart = segmentSlot(segment, runDay(room, now)).start;
    return { segment, plannedStart, projectedStart: projectedAt(plannedStart, drift) };
  };
  const closing = ahead.findLast((s) => s.kind === 'closing') ?? ahead.at(-1);
  return { nextBreak: project(ahead.find((s) => s.kind === 'break')), closing: project(closing) };
}
