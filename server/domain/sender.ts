/**
 * Who sent a command, read from the state the command meets rather than cached: a removed,
 * promoted or demoted participant has their new rights on their very next command. One rule
 * names every sender, for the command log and for idempotency.
 */
import { activeParticipant } from './people.ts';
import type { Participant, WorkshopState } from './state.ts';

/** The id of the facilitator-key holder, who has no participant identity. */
export const KEY_HOLDER = 'facilitator';
/** The id of anyone who has not joined (or was removed). */
export const VISITOR = 'guest';
/** The id of the server's own commands (a countdown ending). */
export const SERVER = 'server';

/** The key holder (no participant) or a promoted co-facilitator (acting as themselves). */
export interface StaffSender {
  role: 'facilitator';
  id: string;
  participant: Participant | null;
}

export interface ParticipantSender {
  role: 'participant';
  id: string;
  participant: Participant;
}

/** A follow screen, a projector, or a participant screen that has not joined. */
export interface VisitorSender {
  role: 'follower' | 'guest';
  id: typeof VISITOR;
  participant: null;
}

export type Sender = StaffSender | ParticipantSender | VisitorSender;

/** What a connection proved when it opened: the facilitator key, a device token, its screen. */
export interface Identity {
  facilitator: boolean;
  participantId: string | null;
  client: 'participant' | 'facilitate' | 'screen' | 'follow';
}

/** The sender `identity` is in state `s`; a participant acts as themselves, staff or not. */
export function senderOf(identity: Identity, s: WorkshopState): Sender {
  if (identity.facilitator) return { role: 'facilitator', id: KEY_HOLDER, participant: null };
  const participant = identity.participantId ? activeParticipant(s, identity.participantId) : null;
  if (participant?.cofacilitator) return { role: 'facilitator', id: participant.id, participant };
  if (participant) return { role: 'participant', id: participant.id, participant };
  const watching = identity.client === 'follow' || identity.client === 'screen';
  return { role: watching ? 'follower' : 'guest', id: VISITOR, participant: null };
}
