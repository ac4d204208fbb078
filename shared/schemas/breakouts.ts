/** Inbound payloads of the breakout commands: start, assign, rapporteur, message, report-back, merge. */
import { z } from 'zod';
import { BREAKOUT_LIMITS } from '../breakouts.ts';
import { Id } from './agenda.ts';
import { GroupTitle } from './boards.ts';
import { BreakoutPlan } from './breakout-plan.ts';

export { BreakoutPlan };

export { BREAKOUT_LIMITS };

export const Table = z.string().trim().min(1).max(BREAKOUT_LIMITS.tableMax);

export const BreakoutStartInput = z.object({
  /** Client-made: the breakout's id and the command's. */
  id: Id,
  boardIds: z.array(Id).min(1).max(6),
  plan: BreakoutPlan,
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
});
export type BreakoutStartInput = z.infer<typeof BreakoutStartInput>;

export const BreakoutAssignInput = z.object({
  moves: z
    .array(z.object({ participantId: Id, groupId: Id.nullable() }))
    .min(1)
    .max(BREAKOUT_LIMITS.sizeMax * BREAKOUT_LIMITS.groupsMax),
});
export type BreakoutAssignInput = z.infer<typeof BreakoutAssignInput>;

export const BreakoutTableInput = z.object({ table: Table });

export const BreakoutRapporteurInput = z.object({ groupId: Id, participantId: Id.nullable() });
export type BreakoutRapporteurInput = z.infer<typeof BreakoutRapporteurInput>;

export const BreakoutMessageInput = z.object({
  text: z.string().trim().min(1).max(BREAKOUT_LIMITS.messageMax).nullable(),
});

export const BreakoutTopInput = z.object({
  groupId: Id,
  noteIds: z.array(Id).max(BREAKOUT_LIMITS.topPointsMax),
});
export type BreakoutTopInput = z.infer<typeof BreakoutTopInput>;

/** A rapporteur groups their table's notes: a new cluster on one of the group's boards. */
export const BreakoutClusterInput = z.object({ id: Id, boardId: Id, title: GroupTitle });
export type BreakoutClusterInput = z.infer<typeof BreakoutClusterInput>;

export const BreakoutMoveInput = z.object({
  noteIds: z.array(Id).min(1).max(200),
  groupId: Id.nullable(),
});
export type BreakoutMoveInput = z.infer<typeof BreakoutMoveInput>;

export const BreakoutReportInput = z.object({
  index: z
    .number()
    .int()
    .min(0)
    .max(BREAKOUT_LIMITS.groupsMax * 2),
});

export const BreakoutPlusInput = z.object({ noteId: Id });

export const BreakoutMergeInput = z.object({
  /** Sets of notes from different groups that say the same: each becomes one note listing its sources. */
  combine: z.array(z.array(Id).min(2).max(BREAKOUT_LIMITS.combineSetMax)).max(BREAKOUT_LIMITS.combineMax).default([]),
});
export type BreakoutMergeInput = z.infer<typeof BreakoutMergeInput>;
