/**
 * Dropping a library method into the agenda: its boards are created and its activities go into
 * a block (which grows, moving the later blocks, when they do not fit) or make a block of their
 * own. One decision, validated as a whole like any agenda edit: a method never lands half.
 */
import { shiftFrom, withSegment } from '../../shared/agenda-plan.ts';
import { fail, ok, type Result } from '../../shared/errors.ts';
import { composeMethod, uniqueId, type ComposedMethod } from '../../shared/methods/compose.ts';
import type { Segment } from '../../shared/model.ts';
import type { MethodAddInput } from '../../shared/schemas/design-commands.ts';
import { clockMinutes, formatPlanClock } from '../../shared/time.ts';
import { keepAgenda } from './agenda-edit.ts';
import { roomForBoards, withBoards } from './board-design.ts';
import type { Decision, WorkshopState } from './state.ts';

export interface MethodAdded {
  segmentId: string;
  activityIds: string[];
  boardIds: string[];
}

/** Adds method `input.methodId` where the input says, in the words of `input.locale`. */
export function addMethod(s: WorkshopState, input: MethodAddInput, now: number): Result<Decision<MethodAdded>> {
  const segments = s.pub.room.agenda.segments;
  const stepIds = new Set(segments.flatMap((x) => [x.id, ...x.activities.map((a) => a.id)]));
  const method = composeMethod(input.methodId, input.locale, { boards: Object.values(s.pub.boards), stepIds });
  const room = roomForBoards(s, method.boards.length);
  if (!room.ok) return room;
  const segmentId = input.segmentId ?? uniqueId(input.methodId, stepIds);
  const placed =
    input.segmentId === null
      ? ok(asBlock(segments, method, input.index, segmentId))
      : intoBlock(segments, method, input.segmentId, input.index);
  if (!placed.ok) return placed;
  const kept = keepAgenda({ ...s, pub: withBoards(s.pub, method.boards) }, { segments: placed.value }, now);
  if (!kept.ok) return kept;
  return ok({
    state: kept.value.state,
    value: { segmentId, activityIds: method.activities.map((a) => a.id), boardIds: method.boards.map((b) => b.id) },
  });
}

/** A new block at position `index`, starting where the block before it ends; later blocks make room. */
function asBlock(segments: readonly Segment[], method: ComposedMethod, index: number, id: string): Segment[] {
  const at = Math.min(index, segments.length);
  const prev = segments[at - 1];
  const start = prev ? clockMinutes(prev.end) : clockMinutes(segments[0]?.start ?? '09:00');
  const end = start + method.minutes;
  const block: Segment = {
    id,
    kind: method.kind,
    title: method.name,
    start: formatPlanClock(start),
    end: formatPlanClock(end),
    format: '',
    speakers: [],
    moderator: '',
    discussionPoints: [],
    activities: method.activities,
    config: { boardIds: [], mode: null, vote: null, timerMinutes: null, remoteWriting: true, view: 'board' },
  };
  const next = segments[at];
  const moved = shiftFrom(segments, at, next ? Math.max(0, end - clockMinutes(next.start)) : 0);
  return [...moved.slice(0, at), block, ...moved.slice(at)];
}

/** The method's activities at `index` in block `segmentId`; a block too short grows, moving the later blocks. */
function intoBlock(segments: readonly Segment[], method: ComposedMethod, segmentId: string, index: number) {
  const i = segments.findIndex((x) => x.id === segmentId);
  const seg = segments[i];
  if (!seg) return fail('not_found', `no segment ${segmentId}`);
  const activities = [...seg.activities];
  activities.splice(Math.min(index, activities.length), 0, ...method.activities);
  const used = Math.ceil(activities.reduce((n, a) => n + a.minutes, 0));
  const length = clockMinutes(seg.end) - clockMinutes(seg.start);
  const end = formatPlanClock(clockMinutes(seg.start) + Math.max(length, used));
  return ok(withSegment(segments, i, { ...seg, activities, end }, true));
}
