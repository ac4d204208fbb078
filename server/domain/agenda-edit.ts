/** Live agenda edits: each one builds a candidate agenda that replaceAgenda then validates whole. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Agenda, Segment } from '../../shared/model.ts';
import type { AgendaEdit } from '../../shared/schemas/agenda-commands.ts';
import { withSegment } from '../../shared/agenda-plan.ts';
import { clockMinutes, formatClock } from '../../shared/time.ts';
import { replaceAgenda } from './agenda.ts';
import { withOriginalPlan } from './schedule.ts';
import type { Decision, WorkshopState } from './state.ts';

/**
 * Applies one edit to the room's agenda, or refuses it with `invalid_agenda`, `not_found` or
 * `conflict`. An edit once the day has begun is a re-plan: the original plan is kept first.
 */
export function editAgenda(s: WorkshopState, edit: AgendaEdit, now: number): Result<Decision<Agenda>> {
  const candidate = applyEdit(s.pub.room.agenda, edit);
  return candidate.ok ? keepAgenda(s, candidate.value, now) : candidate;
}

/** Keeps `candidate` as the agenda once it validates whole; once the day has begun, the original plan is kept first. */
export function keepAgenda(s: WorkshopState, candidate: Agenda, now: number): Result<Decision<Agenda>> {
  const room = s.pub.room.live.segmentId === null ? s.pub.room : withOriginalPlan(s.pub.room, now);
  return replaceAgenda({ ...s, pub: { ...s.pub, room } }, candidate);
}

function applyEdit(agenda: Agenda, edit: AgendaEdit): Result<Agenda> {
  const segments = agenda.segments;
  if (edit.op === 'segment.add') return ok({ segments: insertAt(segments, edit.index, edit.segment) });
  const i = segments.findIndex((x) => x.id === edit.segmentId);
  const seg = segments[i];
  if (!seg) return fail('not_found', `no segment ${edit.segmentId}`);
  const inSegment = (next: Segment) => ok({ segments: withSegment(segments, i, next, false) });
  switch (edit.op) {
    case 'segment.remove':
      return ok({ segments: segments.filter((_, j) => j !== i) });
    case 'segment.move':
      return ok({
        segments: relaid(
          segments,
          insertAt(
            segments.filter((_, j) => j !== i),
            edit.index,
            seg,
          ),
        ),
      });
    case 'segment.update':
      return ok({ segments: withSegment(segments, i, { ...seg, ...edit.patch }, edit.moveFollowing) });
    case 'activity.add':
      return inSegment({ ...seg, activities: insertAt(seg.activities, edit.index, edit.activity) });
  }
  const k = seg.activities.findIndex((a) => a.id === edit.activityId);
  const activity = seg.activities[k];
  if (!activity) return fail('not_found', `no activity ${edit.activityId}`);
  switch (edit.op) {
    case 'activity.remove':
      return inSegment({ ...seg, activities: seg.activities.filter((_, j) => j !== k) });
    case 'activity.move':
      return inSegment({
        ...seg,
        activities: insertAt(
          seg.activities.filter((_, j) => j !== k),
          edit.index,
          activity,
        ),
      });
    case 'activity.update':
      return inSegment({ ...seg, activities: seg.activities.map((a, j) => (j === k ? { ...a, ...edit.patch } : a)) });
  }
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.min(index, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/**
 * Lays reordered segments out again: each keeps its length, the day keeps its start, and the
 * gap before each position stays what it was.
 */
function relaid(before: readonly Segment[], order: Segment[]): Segment[] {
  let at = clockMinutes(before[0]!.start);
  return order.map((seg, j) => {
    const gap = j === 0 ? 0 : clockMinutes(before[j]!.start) - clockMinutes(before[j - 1]!.end);
    const start = at + gap;
    at = start + clockMinutes(seg.end) - clockMinutes(seg.start);
    return { ...seg, start: formatClock(start), end: formatClock(at) };
  });
}
