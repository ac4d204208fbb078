/** How an agenda step or a breakout splits the room into groups (its own file: the agenda and the breakout commands both read it). */
import { z } from 'zod';
import { BREAKOUT_LIMITS } from '../breakouts.ts';

export const BreakoutPlan = z
  .object({
    count: z.number().int().min(1).max(BREAKOUT_LIMITS.groupsMax).nullable().default(null),
    size: z.number().int().min(2).max(BREAKOUT_LIMITS.sizeMax).nullable().default(null),
    rule: z.enum(['table', 'random', 'balanced', 'hand']).default('balanced'),
    remote: z.enum(['own', 'mixed']).default('own'),
  })
  .refine((p) => p.count !== null || p.size !== null || p.rule === 'table', {
    message: 'a number of groups or a group size',
  });
export type BreakoutPlanInput = z.infer<typeof BreakoutPlan>;
