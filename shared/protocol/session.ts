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
}

export interface Presence {
  /** Participants connected in the room, and remote (remote participants plus followers). */
  room: number;
  remote: number;
  followers: number;
  /** Names and organisations: sent to facilitators only. */
  people: PresencePerson[] | null;
}

export interface SessionFacts {
  /** Sent on every (re)connect: who the server thinks this socket is. */
  'session:ready': (snapshot: SessionSnapshot) => void;
  'presence:changed': (presence: Presence) => void;
}
