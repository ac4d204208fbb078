/** Inbound payloads for managing people: promote, demote, remove. */
import { z } from 'zod';
import { Id } from './agenda.ts';

export const PersonRef = z.object({ participantId: Id });
export type PersonRef = z.infer<typeof PersonRef>;
