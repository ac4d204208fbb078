/** Inbound payloads for questions to the speakers. */
import { z } from 'zod';
import { QUESTION_LIMITS } from '../limits.ts';
import { Id } from './agenda.ts';

export { QUESTION_LIMITS };

/** A question to the talk live now; the id is client-made so a retry is harmless. */
export const AskInput = z.object({ id: Id, boardId: Id, text: z.string().trim().min(1).max(QUESTION_LIMITS.textMax) });
export type AskInput = z.infer<typeof AskInput>;

export const UpvoteInput = z.object({ id: Id, up: z.boolean() });
export type UpvoteInput = z.infer<typeof UpvoteInput>;

export const ModerateQuestionInput = z.object({ id: Id, status: z.enum(['open', 'answered', 'parked']) });
export type ModerateQuestionInput = z.infer<typeof ModerateQuestionInput>;
