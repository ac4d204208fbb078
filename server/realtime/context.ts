/** Types, identity and the workshop room shared by every Socket.IO handler module. */
import type { IncomingMessage } from 'node:http';
import type { Server, Socket } from 'socket.io';
import type { Result } from '../../shared/errors.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts';
import type { SocketAuth } from '../../shared/schemas/session.ts';
import type { RateBudgets } from '../budgets/rate-budgets.ts';
import type { Clock } from '../clock.ts';
import type { Identity } from '../domain/sender.ts';
import type { Logger } from '../log.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import type { PresenceTracker } from './presence.ts';

/** What a socket proved at its handshake: the identity every command's sender is read from. */
export interface SocketData extends Identity {
  code: string;
  client: SocketAuth['client'];
  /**
   * The hash of the device token this socket speaks for: the participant's it came with, or the
   * one its first join is making. A socket joins once; only that join may be sent again.
   */
  deviceTokenHash: string | null;
}

export type PlenaryServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type PlenarySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface RealtimeDeps {
  hub: WorkshopHub;
  clock: Clock;
  log: Logger;
  /** Follow screens connected by replica alone (counted by the Yjs host). */
  replicaFollowers: (code: string) => number;
  /** Told of every answered event with its result and the time from receipt to answer (the operator's metrics). */
  onAnswered?: (event: string, result: Result<unknown>, ms: number) => void;
  /** Hours after the day was finished that a participant's token still opens the workshop (TOKEN_TTL_HOURS). */
  tokenTtlHours: number;
}

export interface HandlerContext extends RealtimeDeps {
  io: PlenaryServer;
  presence: PresenceTracker;
  budgets: RateBudgets;
  /** The budget key of the caller behind a request (server/http/client-address.ts). */
  addressOf: (req: IncomingMessage) => string;
}

/** The Socket.IO room of one workshop. */
export function roomOf(code: string): string {
  return `w:${code}`;
}

/** The sockets of one workshop on this node, from its Socket.IO room: no scan of the others. */
export function socketsInWorkshop(ctx: HandlerContext, code: string): PlenarySocket[] {
  const sockets: PlenarySocket[] = [];
  for (const id of ctx.io.sockets.adapter.rooms.get(roomOf(code)) ?? []) {
    const s = ctx.io.sockets.sockets.get(id);
    if (s) sockets.push(s);
  }
  return sockets;
}
