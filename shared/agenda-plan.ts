/**
 * The day as a facilitator prepares it: when each block and activity starts, how long the day
 * is, and what does not add up (blocks that overlap, activities longer than their block). Pure
 * and zod-free, so the builder recomputes it on every keystroke and the server retimes with the
 * same rule: the conflicts listed here are exactly the time rules the agenda schema refuses.
 */
import type { Segment } from './model.ts';
import { clockMinutes, formatPlanClock } from './time.ts';

const CLOCK = /^([0-3]\d|4[0-7]):[0-5]\d$/;

export interface ActivityTimes {
  id: string;
  /** Minutes from the plan's midnight. */
  start: number;
  end: number;
}

export interface BlockTimes {
  id: string;
  start: number;
  end: number;
  minutes: number;
  /** What its activities add up to (0 for a block without activities). */
  activityMinutes: number;
  activities: ActivityTimes[];
}

export interface DayPlan {
  /** First block's start and last block's end; both 0 for an empty day. */
  start: number;
  end: number;
  /** From the first start to the last end, gaps (lunch) included. */
  spanMinutes: number;
  /** The blocks' own minutes, gaps left out. */
  blockMinutes: number;
  blocks: BlockTimes[];
}

export type PlanConflict =
  | { kind: 'invalid_time'; segmentId: string }
  | { kind: 'inverted'; segmentId: string }
  | { kind: 'overlap'; segmentId: string; previousId: string; minutes: number }
  | { kind: 'overflow'; segmentId: string; minutes: number };

type Timed = Pick<Segment, 'id' | 'start' | 'end'> & { activities: ReadonlyArray<{ id: string; minutes: number }> };

const valid = (time: string) => CLOCK.test(time);

/** Every block's times and its activities' starts (back to back from the block's start), and the day's totals. */
export function planDay(segments: readonly Timed[]): DayPlan {
  const blocks = segments.map((s): BlockTimes => {
    const start = valid(s.start) ? clockMinutes(s.start) : 0;
    const end = valid(s.end) ? clockMinutes(s.end) : start;
    let at = start;
    const activities = s.activities.map((a) => {
      const from = at;
      at += a.minutes;
      return { id: a.id, start: from, end: at };
    });
    return { id: s.id, start, end, minutes: end - start, activityMinutes: at - start, activities };
  });
  const start = blocks[0]?.start ?? 0;
  const end = blocks.at(-1)?.end ?? 0;
  return {
    start,
    end,
    spanMinutes: end - start,
    blockMinutes: blocks.reduce((n, b) => n + Math.max(0, b.minutes), 0),
    blocks,
  };
}

/** What does not add up, block by block, in the order of the day. */
export function planConflicts(segments: readonly Timed[]): PlanConflict[] {
  const out: PlanConflict[] = [];
  const { blocks } = planDay(segments);
  for (const [i, s] of segments.entries()) {
    if (!valid(s.start) || !valid(s.end)) {
      out.push({ kind: 'invalid_time', segmentId: s.id });
      continue;
    }
    const b = blocks[i]!;
    if (b.end <= b.start) out.push({ kind: 'inverted', segmentId: s.id });
    const prev = segments[i - 1];
    if (prev && valid(prev.end) && clockMinutes(prev.end) > b.start)
      out.push({ kind: 'overlap', segmentId: s.id, previousId: prev.id, minutes: clockMinutes(prev.end) - b.start });
    // A hair over (fractional minutes summed) is still over: the server refuses it too.
    if (b.activities.length > 0 && b.activityMinutes > b.minutes + 1e-9)
      out.push({ kind: 'overflow', segmentId: s.id, minutes: b.activityMinutes - b.minutes });
  }
  return out;
}

/**
 * Puts `next` in place of segment `index`; with `moveFollowing`, every later block moves by as
 * much as this one's end moved, so the gaps between them (a lunch, a break) stay as they were.
 */
export function withSegment<S extends Timed>(
  segments: readonly S[],
  index: number,
  next: S,
  moveFollowing: boolean,
): S[] {
  const before = segments[index];
  const delta =
    before && moveFollowing && valid(before.end) && valid(next.end)
      ? clockMinutes(next.end) - clockMinutes(before.end)
      : 0;
  return segments.map((s, j) => (j === index ? next : j > index && delta !== 0 ? shifted(s, delta) : s));
}

/** Moves the blocks from `from` on later by `minutes` (earlier when negative). */
export function shiftFrom<S extends Timed>(segments: readonly S[], from: number, minutes: number): S[] {
  return segments.map((s, j) => (j >= from && minutes !== 0 ? shifted(s, minutes) : s));
}

function shifted<S extends Timed>(s: S, minutes: number): S {
  // Out of the plan's range (past 47:59, before midnight) the time is still written out, so the
  // schema refuses it with its reason.
  const move = (t: string) => (valid(t) ? formatPlanClock(clockMinutes(t) + minutes) : t);
  return { ...s, start: move(s.start), end: move(s.end) };
}
