/**
 * Re-planning the day against the drift: shift everything after the live step (running late or
 * early), keep the closing time and shorten what remains (breaks keep their length), or start
 * the whole plan now (a late start, an evening rehearsal). The first re-plan keeps the original
 * plan beside the new one, so the report can show planned, re-planned and actual.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Agenda, LiveStep, PlanSlot, RoomState, Segment } from '../../shared/model.ts';
import type { ReplanInput } from '../../shared/schemas/agenda-commands.ts';
import {
  agendaSteps,
  driftMinutes,
  driftMs,
  plannedSlots,
  runDay,
  segmentMinutes,
  segmentSlot,
} from '../../shared/schedule.ts';
import { clockMinutes, DAY_CLOCK_MAX, formatPlanClock } from '../../shared/time.ts';
import { replaceAgenda } from './agenda.ts';
import type { Decision, WorkshopState } from './state.ts';

/** The segment at `start`–`end` minutes of the day, or null when that falls outside the plan's two days. */
function at(seg: Segment, start: number, end: number): Segment | null {
  if (start < 0 || end > DAY_CLOCK_MAX || end - start > LIMITS.minutesMax) return null;
  if (seg.activities.some((a) => a.minutes > LIMITS.minutesMax)) return null;
  return { ...seg, start: formatPlanClock(start), end: formatPlanClock(end) };
}

const outOfDay = () =>
  fail<never>('out_of_day', 'the re-planned day would start before midnight or run past the next day');

/** Every segment from index `from` on, moved by `minutes`. */
function moveFrom(segments: readonly Segment[], from: number, minutes: number): Result<Segment[]> {
  const out: Segment[] = [];
  for (const [j, seg] of segments.entries()) {
    const moved = j < from ? seg : at(seg, clockMinutes(seg.start) + minutes, clockMinutes(seg.end) + minutes);
    if (!moved) return outOfDay();
    out.push(moved);
  }
  return ok(out);
}

/**
 * The live step takes `minutes` more (or, running early, fewer: never under one minute), and
 * every later segment moves by as much as the live segment's end did.
 */
export function shiftAgenda(agenda: Agenda, live: LiveStep, minutes: number): Result<Agenda> {
  const i = agenda.segments.findIndex((s) => s.id === live.segmentId);
  if (i === -1) return fail('day_not_started', 'the day has not started');
  const seg = agenda.segments[i]!;
  const start = clockMinutes(seg.start);
  const end = clockMinutes(seg.end);
  const activities = seg.activities.map((a) =>
    a.id === live.activityId ? { ...a, minutes: Math.max(1, a.minutes + minutes) } : a,
  );
  const used = activities.reduce((n, a) => n + a.minutes, 0);
  const grown = live.activityId === null ? minutes : used - seg.activities.reduce((n, a) => n + a.minutes, 0);
  const newEnd = Math.max(start + Math.max(1, used), end + grown);
  const current = at({ ...seg, activities }, start, newEnd);
  if (!current) return outOfDay();
  const segments = moveFrom(
    agenda.segments.map((s, j) => (j === i ? current : s)),
    i + 1,
    newEnd - end,
  );
  return segments.ok ? ok({ segments: segments.value }) : segments;
}

/** Whole-minute lengths proportional to `lengths`, summing to `total` (cumulative rounding). */
export function scaleLengths(lengths: readonly number[], total: number): number[] {
  const sum = lengths.reduce((a, b) => a + b, 0);
  let prefix = 0;
  let placed = 0;
  return lengths.map((len) => {
    prefix += len;
    const boundary = sum === 0 ? 0 : Math.round((prefix * total) / sum);
    const out = boundary - placed;
    placed = boundary;
    return out;
  });
}

/**
 * After shifting by the drift, takes the same `minutes` back from what follows the live step:
 * the live segment's remaining activities and every later segment that is not a break.
 */
export function shortenAgenda(agenda: Agenda, live: LiveStep, minutes: number): Result<Agenda> {
  if (minutes <= 0) return fail('not_running_late', 'the day is not running late');
  const shifted = shiftAgenda(agenda, live, minutes);
  if (!shifted.ok) return shifted;
  const segs = shifted.value.segments;
  const i = segs.findIndex((s) => s.id === live.segmentId);
  const cur = segs[i]!;
  const rest =
    live.activityId === null ? [] : cur.activities.slice(cur.activities.findIndex((a) => a.id === live.activityId) + 1);
  const later = segs.slice(i + 1).filter((s) => s.kind !== 'break');
  const lengths = [...rest.map((a) => a.minutes), ...later.map(segmentMinutes)];
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total - minutes < lengths.length) return fail('no_time_left', 'not enough time left to shorten');
  const scaled = scaleLengths(lengths, total - minutes);
  const newMinutes = new Map([...rest.map((a) => a.id), ...later.map((s) => s.id)].map((id, k) => [id, scaled[k]!]));
  let end = clockMinutes(cur.end) - rest.reduce((n, a) => n + a.minutes - newMinutes.get(a.id)!, 0);
  const out: Segment[] = [
    ...segs.slice(0, i),
    {
      ...at(cur, clockMinutes(cur.start), end)!,
      activities: cur.activities.map((a) => ({ ...a, minutes: newMinutes.get(a.id) ?? a.minutes })),
    },
  ];
  for (let j = i + 1; j < segs.length; j++) {
    const seg = segs[j]!;
    const start = end + clockMinutes(seg.start) - clockMinutes(segs[j - 1]!.end);
    const length = newMinutes.get(seg.id) ?? segmentMinutes(seg);
    const acts = scaleLengths(
      seg.activities.map((a) => a.minutes),
      Math.round((seg.activities.reduce((n, a) => n + a.minutes, 0) * length) / segmentMinutes(seg)),
    );
    out.push({
      ...at(seg, start, start + length)!,
      activities: seg.activities.map((a, k) => ({ ...a, minutes: acts[k]! })),
    });
    end = start + length;
  }
  return ok({ segments: out });
}

/**
 * The whole plan moves so that the live step (before the day, the first one) starts at the
 * minute it really did (or now), rounded up like every drift: a late start or an evening
 * rehearsal is on time again, even past midnight.
 */
export function startPlanAt(room: Pick<RoomState, 'agenda' | 'meta' | 'live'>, now: number): Result<Agenda> {
  const slots = plannedSlots(room.agenda, runDay(room, now));
  const { segmentId, activityId } = room.live;
  const slot =
    slots.find((s) => s.segment.id === segmentId && (s.activity?.id ?? null) === activityId) ?? slots[0] ?? null;
  if (!slot) return fail('day_not_started', 'the agenda has no step');
  const target = segmentId === null ? now : (room.live.enteredAt ?? now);
  const minutes = driftMinutes(target - slot.start);
  const segments = moveFrom(room.agenda.segments, 0, minutes);
  return segments.ok ? ok({ segments: segments.value }) : segments;
}

/** Every step's planned slot as it stands now, kept as the original plan the first time the day is re-planned. */
export function withOriginalPlan(room: RoomState, now: number): RoomState {
  if (room.originalPlan) return room;
  const day = runDay(room, now);
  const plan: Record<string, PlanSlot> = {};
  for (const seg of room.agenda.segments) plan[seg.id] = segmentSlot(seg, day);
  for (const slot of plannedSlots(room.agenda, day))
    if (slot.activity) plan[slot.activity.id] = { start: slot.start, end: slot.end };
  return { ...room, originalPlan: plan };
}

/** Re-plans by the current drift (in the minutes the screens show), by an explicit shift, or from the live step's real start. */
export function replanDay(s: WorkshopState, input: ReplanInput, now: number): Result<Decision<{ minutes: number }>> {
  const room = s.pub.room;
  let candidate: Result<Agenda>;
  let minutes: number;
  if (input.mode === 'start') {
    candidate = startPlanAt(room, now);
    const first = agendaSteps(room.agenda)[0];
    minutes =
      candidate.ok && first ? clockMinutes(candidate.value.segments[0]!.start) - clockMinutes(first.segment.start) : 0;
  } else {
    const drift = driftMs(room, now);
    if (drift === null) return fail('day_not_started', 'the day has not started or is finished');
    minutes = input.mode === 'shift' && input.minutes !== undefined ? input.minutes : driftMinutes(drift);
    candidate =
      input.mode === 'shift'
        ? shiftAgenda(room.agenda, room.live, minutes)
        : shortenAgenda(room.agenda, room.live, minutes);
  }
  if (!candidate.ok) return candidate;
  const kept = { ...s, pub: { ...s.pub, room: withOriginalPlan(room, now) } };
  const replaced = replaceAgenda(kept, candidate.value);
  if (!replaced.ok) return replaced;
  return ok({ state: replaced.value.state, value: { minutes } });
}
