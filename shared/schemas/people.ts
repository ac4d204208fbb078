/** Inbound payloads for managing people: promote, demote, remove, merge. */
import { z } from 'zod';
import { Id } from './agenda.ts';

export const PersonRef = z.object({ participantId: Id });
export type PersonRef = z.infer<typeof PersonRef>;

/** A participant removes themselves; their notes and questions stay without their name, or are deleted. */
export const LeaveInput = z.object({ notes: z.enum(['keep', 'delete']) });
export type LeaveInput = z.infer<typeof LeaveInput>;

/** Two identities of one person: `duplicateId`'s notes, dots, ratings and upvotes move to `keepId`. */
export const PeopleMerge = z.object({ keepId: Id, duplicateId: Id });
export type PeopleMerge = z.infer<typeof PeopleMerge>;
