/** Inbound payloads for the room's signals: hands and the speakers' queue. */
import { z } from 'zod';
import { REACTIONS } from '../reactions.ts';
import { Id } from './agenda.ts';

/** One reaction from the fixed set, on a shown note or on the live step. */
export const ReactInput = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('note'), noteId: Id }),
    z.object({ kind: z.literal('step') }),
  ]),
  reaction: z.enum(REACTIONS),
});
export type ReactInput = z.infer<typeof ReactInput>;

/** Ticks or unticks "I'm done" for the live step. */
export const DoneInput = z.object({ done: z.boolean() });
export type DoneInput = z.infer<typeof DoneInput>;

export const HandInput = z.object({ up: z.boolean() });
export type HandInput = z.infer<typeof HandInput>;

/** Gives the floor to a raised hand, or (null) ends the current turn. */
export const FloorInput = z.object({ participantId: Id.nullable() });
export type FloorInput = z.infer<typeof FloorInput>;

export const SkipInput = z.object({ participantId: Id });
export type SkipInput = z.infer<typeof SkipInput>;

/** Whether the projector shows the queue during the live step. */
export const QueueDisplayInput = z.object({ shown: z.boolean() });
export type QueueDisplayInput = z.infer<typeof QueueDisplayInput>;
