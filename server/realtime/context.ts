/** Types and identity shared by every Socket.IO handler module. */
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts';
import type { Role } from '../../shared/model.ts';
import type { SocketAuth } from '../../shared/schemas/session.ts';
import type { Clock } from '../clock.ts';
import { activeParticipant } from '../domain/people.ts';
import type { Participant, WorkshopState } from '../domain/state.ts';
import type { Logger } from '../log.ts';
import type { GuardContext } from '../workshops/command-guard.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import type { PresenceTracker } from './presence.ts';

export interface SocketData {
  code: string;
  client: SocketAuth['client'];
  facilitator: boolean;
  participantId: string | null;
}

export type PlenaryServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type PlenarySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface RealtimeDeps {
  hub: WorkshopHub;
  clock: Clock;
  log: Logger;
  /** Follow screens connected by replica alone (counted by the Yjs host). */
  replicaFollowers: (code: string) => number;
  /** Carries each command's rights check to the hub, which re-runs it when the command's turn comes. */
  guards: GuardContext;
}

export interface HandlerContext extends RealtimeDeps {
  io: PlenaryServer;
  presence: PresenceTracker;
}

export interface Actor {
  role: Role;
  participant: Participant | null;
}

/** The Socket.IO room of one workshop. */
export function roomOf(code: string): string {
  return `w:${code}`;
}

/**
 * Who this socket is right now, read from the current state rather than cached: a removed,
 * promoted or demoted participant has their new rights on their very next event.
 */
export function actorOf(data: SocketData, state: WorkshopState): Actor {
  if (data.facilitator) return { role: 'facilitator', participant: null };
  const participant = data.participantId ? activeParticipant(state, data.participantId) : null;
  // A co-facilitator keeps their identity but acts with the facilitator's rights.
  if (participant) return { role: participant.cofacilitator ? 'facilitator' : 'participant', participant };
  return { role: data.client === 'follow' || data.client === 'screen' ? 'follower' : 'guest', participant: null };
}
