/** Inbound payloads for the closing review of expectations. */
import { z } from 'zod';
import { Id } from './agenda.ts';
import { IsoDate, Organisation } from './roles.ts';

export const RatingValue = z.enum(['met', 'partly', 'not_met']);

/** The facilitator steers the review: open or close rating, one at a time or a grid, which expectation is shown. */
export const ReviewSetInput = z.object({
  boardId: Id,
  status: z.enum(['idle', 'open', 'closed']).optional(),
  layout: z.enum(['one', 'grid']).optional(),
  currentNoteId: Id.nullable().optional(),
});
export type ReviewSetInput = z.infer<typeof ReviewSetInput>;

export const RateInput = z.object({ noteId: Id, rating: RatingValue });
export type RateInput = z.infer<typeof RateInput>;

export const CarryForwardInput = z.object({
  text: z.string().trim().min(1).max(300),
  organisation: Organisation,
  due: IsoDate,
});

/** A verdict; a carry-forward action only where the expectation was not (fully) met. */
export const VerdictInput = z
  .object({ noteId: Id, verdict: RatingValue.nullable(), action: CarryForwardInput.nullable().default(null) })
  .refine((v) => v.action === null || (v.verdict !== null && v.verdict !== 'met'), {
    message: 'a carry-forward action needs a verdict of partly or not met',
    path: ['action'],
  });
export type VerdictInput = z.infer<typeof VerdictInput>;
