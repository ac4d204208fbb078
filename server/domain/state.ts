/** The server's whole view of one workshop: what everyone sees, and what only the server holds. */
import type { Attendance, ParticipantId, PublicState } from '../../shared/model.ts';

export interface Participant {
  id: ParticipantId;
  name: string;
  organisation: string;
  attendance: Attendance;
  /** sha256 of the device token, so a leaked database does not hand out identities. */
  tokenHash: string;
  joinedAt: number;
}

/** State the server keeps out of the shared document. Each key is one collection of entities. */
export interface PrivateState {
  participants: Record<ParticipantId, Participant>;
}

export const PRIVATE_COLLECTIONS = ['participants'] as const satisfies ReadonlyArray<keyof PrivateState>;

export interface WorkshopState {
  pub: PublicState;
  priv: PrivateState;
}

/** A decision's outcome: the next state and what the command answers. */
export interface Decision<T> {
  state: WorkshopState;
  value: T;
}
