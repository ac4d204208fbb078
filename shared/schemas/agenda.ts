/** The agenda as data: segments, their timed activities and what entering each one sets. */
import { z } from 'zod';
import { isReservedId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { BreakoutPlan } from './breakout-plan.ts';

export { LIMITS };

export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only')
  .min(1)
  .max(LIMITS.idMax)
  .refine((id) => !isReservedId(id), 'reserved name');
const Title = z.string().trim().min(1).max(LIMITS.titleMax);
// Up to 47:59: a day re-planned past midnight holds the next morning on its own date.
const ClockTime = z.string().regex(/^([0-3]\d|4[0-7]):[0-5]\d$/, 'HH:MM');

export const SegmentKind = z.enum(['opening', 'talks', 'break', 'discussion', 'closing']);
export type SegmentKind = z.infer<typeof SegmentKind>;

export const Speaker = z.object({
  name: z.string().trim().min(1).max(LIMITS.nameMax),
  organisation: z.string().trim().max(LIMITS.titleMax),
  topic: z.string().trim().max(LIMITS.textMax).default(''),
});
export type Speaker = z.infer<typeof Speaker>;

export const StepView = z.enum(['board', 'qa', 'actions']);
export type StepView = z.infer<typeof StepView>;

/** What entering a segment or activity does to the room. `null` leaves that part as it is. */
export const StepConfig = z.object({
  boardIds: z.array(Id).max(6).default([]),
  mode: z.enum(['open', 'private', 'locked']).nullable().default(null),
  vote: z
    .object({ budget: z.number().int().min(1).max(20), allowStacking: z.boolean() })
    .nullable()
    .default(null),
  /** Countdown length on entering; defaults to the planned length of the step. */
  timerMinutes: z.number().min(0).max(LIMITS.minutesMax).nullable().default(null),
  remoteWriting: z.boolean().default(true),
  /**
   * What the room screen makes of the step's boards: the boards themselves; `qa`, the questions
   * of the whole segment (its talks and the Q&A itself); `actions`, the commitments as an action list.
   */
  view: StepView.default('board'),
  /** Run the step in breakout groups: each group works its own copy of the step's boards. */
  groups: BreakoutPlan.nullable().optional(),
});
export type StepConfig = z.infer<typeof StepConfig>;

export const Activity = z.object({
  id: Id,
  title: Title,
  minutes: z.number().positive().max(LIMITS.minutesMax),
  prompt: z.string().trim().max(LIMITS.textMax).default(''),
  speakers: z.array(Speaker).max(LIMITS.speakersMax).default([]),
  config: StepConfig,
});
export type Activity = z.infer<typeof Activity>;

export const Segment = z
  .object({
    id: Id,
    kind: SegmentKind,
    title: Title,
    start: ClockTime,
    end: ClockTime,
    format: z.string().trim().max(LIMITS.titleMax).default(''),
    speakers: z.array(Speaker).max(LIMITS.speakersMax).default([]),
    moderator: z.string().trim().max(LIMITS.titleMax).default(''),
    discussionPoints: z.array(z.string().trim().min(1).max(LIMITS.textMax)).max(LIMITS.pointsMax).default([]),
    activities: z.array(Activity).max(LIMITS.activitiesMax).default([]),
    config: StepConfig,
  })
  .refine((s) => s.start < s.end, { message: 'a segment ends after it starts', path: ['end'] });
export type Segment = z.infer<typeof Segment>;

export const Agenda = z
  .object({ segments: z.array(Segment).min(1).max(LIMITS.segmentsMax) })
  .refine((a) => a.segments.every((s, i) => i === 0 || a.segments[i - 1]!.end <= s.start), {
    message: 'segments are in order and do not overlap',
    path: ['segments'],
  })
  .refine(
    (a) =>
      new Set(a.segments.flatMap((s) => [s.id, ...s.activities.map((x) => x.id)])).size ===
      a.segments.reduce((n, s) => n + 1 + s.activities.length, 0),
    {
      message: 'segment and activity ids are unique',
      path: ['segments'],
    },
  );
export type Agenda = z.infer<typeof Agenda>;
