/** Inbound payloads for managing people: promote, demote, remove. */
import { z } from 'zod';
import { Id } from './agenda.ts';

export const PersonRef = z.object({ participantId: Id });
export type PersonRef = z.infer<typeof PersonRef>;

/** A participant removes themselves; their notes and questions stay without their name, or are deleted. */
export const LeaveInput = z.object({ notes: z.enum(['keep', 'delete']) });
export type LeaveInput = z.infer<typeof LeaveInput>;
