/** Identity and presence, as the server tells them. */
import type { Attendance, ParticipantId, Role } from '../model.ts';

export interface SessionSnapshot {
  role: Role;
  participantId: ParticipantId | null;
  name: string | null;
  organisation: string | null;
  attendance: Attendance | null;
  serverNow: number;
}

export interface PresencePerson {
  id: ParticipantId;
  name: string;
  organisation: string;
  attendance: Attendance;
  /** Acts with the facilitator's rights. */
  cofacilitator: boolean;
  /** Has a connection open now. */
  online: boolean;
  /** Server time their last connection closed, when this server saw it; null while online or unknown. */
  offlineSince: number | null;
}

export interface Presence {
  /** Participants connected in the room, and remote (remote participants plus followers, who are also counted alone). */
  room: number;
  remote: number;
  followers: number;
  /** Everyone who joined (online or not) with names and organisations: sent to facilitators only. */
  people: PresencePerson[] | null;
}

export interface SessionFacts {
  /** Sent on every (re)connect: who the server thinks this socket is. */
  'session:ready': (snapshot: SessionSnapshot) => void;
  'presence:changed': (presence: Presence) => void;
}
