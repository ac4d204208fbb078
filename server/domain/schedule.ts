/**
 * Re-planning the rest of the day against the drift: shift everything after the live step, or
 * keep the closing time and shorten what remains (breaks keep their length) proportionally.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Agenda, LiveStep, Segment } from '../../shared/model.ts';
import type { ReplanInput } from '../../shared/schemas/agenda-commands.ts';
import { driftMs, segmentMinutes } from '../../shared/schedule.ts';
import { clockMinutes, formatClock } from '../../shared/time.ts';
import { replaceAgenda } from './agenda.ts';
import type { Decision, WorkshopState } from './state.ts';

const at = (seg: Segment, start: number, end: number): Segment => ({
  ...seg,
  start: formatClock(start),
  end: formatClock(end),
});

/**
 * The live step absorbs `minutes` (its activity, or its segment, gets longer) and every later
 * segment moves by as much.
 */
export function shiftAgenda(agenda: Agenda, live: LiveStep, minutes: number): Result<Agenda> {
  const i = agenda.segments.findIndex((s) => s.id === live.segmentId);
  if (i === -1) return fail('conflict', 'the day has not started');
  const segments = agenda.segments.map((seg, j) => {
    if (j < i) return seg;
    const s0 = clockMinutes(seg.start) + (j === i ? 0 : minutes);
    const e0 = clockMinutes(seg.end) + minutes;
    if (e0 >= 24 * 60 || s0 < 0) return null;
    const activities =
      j === i
        ? seg.activities.map((a) => (a.id === live.activityId ? { ...a, minutes: a.minutes + minutes } : a))
        : seg.activities;
    return { ...at(seg, s0, e0), activities };
  });
  if (segments.includes(null)) return fail('invalid_agenda', 'the shifted day would run past midnight');
  return ok({ segments: segments as Segment[] });
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
  if (minutes <= 0) return fail('conflict', 'the day is not running late');
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
  if (total - minutes < lengths.length) return fail('conflict', 'not enough time left to shorten');
  const scaled = scaleLengths(lengths, total - minutes);
  const newMinutes = new Map([...rest.map((a) => a.id), ...later.map((s) => s.id)].map((id, k) => [id, scaled[k]!]));
  let end = clockMinutes(cur.end) - rest.reduce((n, a) => n + a.minutes - newMinutes.get(a.id)!, 0);
  const out: Segment[] = [
    ...segs.slice(0, i),
    {
      ...at(cur, clockMinutes(cur.start), end),
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
      ...at(seg, start, start + length),
      activities: seg.activities.map((a, k) => ({ ...a, minutes: acts[k]! })),
    });
    end = start + length;
  }
  return ok({ segments: out });
}

/** Re-plans from the live step by the current drift (rounded to minutes) or by an explicit shift. */
export function replanDay(s: WorkshopState, input: ReplanInput, now: number): Result<Decision<{ minutes: number }>> {
  const room = s.pub.room;
  const drift = driftMs(room, now);
  if (drift === null) return fail('conflict', 'the day has not started or is finished');
  const minutes = input.mode === 'shift' && input.minutes !== undefined ? input.minutes : Math.round(drift / 60_000);
  const candidate =
    input.mode === 'shift'
      ? shiftAgenda(room.agenda, room.live, minutes)
      : shortenAgenda(room.agenda, room.live, minutes);
  if (!candidate.ok) return candidate;
  const replaced = replaceAgenda(s, candidate.value);
  if (!replaced.ok) return replaced;
  return ok({ state: replaced.value.state, value: { minutes } });
}
