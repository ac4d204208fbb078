/** Inbound payloads of the agenda and timer commands. */
import { z } from 'zod';
import { Activity, Id, LIMITS, Segment, SegmentKind, Speaker, StepConfig } from './agenda.ts';

const DAY_MS = LIMITS.minutesMax * 60_000;
const Title = z.string().trim().min(1).max(LIMITS.titleMax);
// Up to 47:59: a day re-planned past midnight holds the next morning on its own date.
const ClockTime = z.string().regex(/^([0-3]\d|4[0-7]):[0-5]\d$/, 'HH:MM');
const Index = z.number().int().min(0).max(LIMITS.segmentsMax);

export const StepTarget = z.object({ segmentId: Id, activityId: Id.nullable().default(null) });
export type StepTargetInput = z.input<typeof StepTarget>;

export const TimerStart = z.object({ durationMs: z.number().int().min(0).max(DAY_MS).optional() });
export type TimerStartInput = z.input<typeof TimerStart>;

export const TimerAdjust = z.object({
  deltaMs: z
    .number()
    .int()
    .min(-DAY_MS)
    .max(DAY_MS)
    .refine((d) => d !== 0, 'a change of zero'),
});
export type TimerAdjustInput = z.input<typeof TimerAdjust>;

/**
 * Re-plan: shift the rest of the day by the drift (or `minutes`), shorten what remains to keep
 * the closing time, or start the whole plan from the live step's real start (or now).
 */
export const Replan = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('shift'),
    minutes: z.number().int().min(-LIMITS.minutesMax).max(LIMITS.minutesMax).optional(),
  }),
  z.object({ mode: z.literal('shorten') }),
  z.object({ mode: z.literal('start') }),
]);
export type ReplanInput = z.input<typeof Replan>;

/** What the room screen may show: the schedule drift, the order of the action list; whether follow screens see names. */
export const RoomDisplayInput = z
  .object({ showDrift: z.boolean(), actionOrder: z.enum(['date', 'organisation']), followerNames: z.boolean() })
  .partial()
  .refine(
    (d) => d.showDrift !== undefined || d.actionOrder !== undefined || d.followerNames !== undefined,
    'one setting to change',
  );
export type RoomDisplayInput = z.input<typeof RoomDisplayInput>;

const Speakers = z.array(Speaker).max(LIMITS.speakersMax);

const SegmentPatch = z
  .object({
    title: Title,
    kind: SegmentKind,
    start: ClockTime,
    end: ClockTime,
    format: z.string().trim().max(LIMITS.titleMax),
    moderator: z.string().trim().max(LIMITS.titleMax),
    speakers: Speakers,
    discussionPoints: z.array(z.string().trim().min(1).max(LIMITS.textMax)).max(LIMITS.pointsMax),
    /** The block's activities as a whole: the builder saves a block in one edit. */
    activities: z.array(Activity).max(LIMITS.activitiesMax),
    config: StepConfig,
  })
  .partial()
  .strict();

const ActivityPatch = z
  .object({
    title: Title,
    minutes: z.number().positive().max(LIMITS.minutesMax),
    prompt: z.string().trim().max(LIMITS.textMax),
    speakers: Speakers,
    config: StepConfig,
  })
  .partial()
  .strict();

/** One live edit of the agenda; the result is validated as a whole before it is kept. */
export const AgendaEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('segment.add'), index: Index, segment: Segment }),
  z.object({ op: z.literal('segment.remove'), segmentId: Id }),
  z.object({ op: z.literal('segment.move'), segmentId: Id, index: Index }),
  z.object({
    op: z.literal('segment.update'),
    segmentId: Id,
    patch: SegmentPatch,
    /** Later blocks move by as much as this one's end moved, keeping the gaps between them. */
    moveFollowing: z.boolean().default(false),
  }),
  z.object({ op: z.literal('activity.add'), segmentId: Id, index: Index, activity: Activity }),
  z.object({ op: z.literal('activity.remove'), segmentId: Id, activityId: Id }),
  z.object({ op: z.literal('activity.move'), segmentId: Id, activityId: Id, index: Index }),
  z.object({ op: z.literal('activity.update'), segmentId: Id, activityId: Id, patch: ActivityPatch }),
]);
export type AgendaEdit = z.infer<typeof AgendaEdit>;
export type AgendaEditInput = z.input<typeof AgendaEdit>;
