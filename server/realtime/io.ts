/** Socket.IO on the shared HTTP server: handshake identity, then one module per concern. */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { fail } from '../../shared/errors.ts';
import { LINK_LIMITS } from '../../shared/limits.ts';
import { SocketAuth } from '../../shared/schemas/session.ts';
import type { ConnectionCaps } from '../budgets/connection-caps.ts';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import type { RateBudgets } from '../budgets/rate-budgets.ts';
import { participantByToken } from '../domain/participants.ts';
import { tokensExpired } from '../domain/token-expiry.ts';
import { isRetryable } from '../persistence/port.ts';
import { hashSecret, matchesHash } from '../workshops/secrets.ts';
import type { HandlerContext, PlenaryServer, PlenarySocket, RealtimeDeps } from './context.ts';
import { roomOf } from './context.ts';
import { registerCommands } from './commands.ts';
import { watchKeyRotation } from './key-rotation.ts';
import { watchPeople } from './people.ts';
import { createPresence, type PresenceTracker } from './presence.ts';
import { sendGroupBoards, watchGroupBoards } from './breakout-facts.ts';
import { sendPrivateFacts, watchPrivateFacts } from './private-facts.ts';
import { createRateLimiter } from './rate-limit.ts';
import { registerSession } from './session.ts';

export interface RealtimeOptions {
  /** Whether the handshake request names this server and comes from an allowed origin. */
  admits: (req: IncomingMessage) => boolean;
  lookups: WorkshopLookups;
  budgets: RateBudgets;
  connections: ConnectionCaps;
  /** The budget key of the caller behind a request (server/http/client-address.ts). */
  addressOf: (req: IncomingMessage) => string;
  /** Largest Socket.IO message a client may send. */
  maxHttpBufferSize?: number;
}

export interface Realtime {
  io: PlenaryServer;
  presence: PresenceTracker;
  /** Closes every connection of a workshop so its clients reconnect (it moved to another node). */
  closeWorkshop(code: string): void;
  close(): Promise<void>;
}

/** Attaches Socket.IO at `/socket.io` without touching other upgrades (the Yjs host owns `/yjs/`). */
export function attachRealtime(httpServer: HttpServer, deps: RealtimeDeps, options: RealtimeOptions): Realtime {
  const io: PlenaryServer = new Server(httpServer, {
    path: '/socket.io',
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: options.maxHttpBufferSize ?? 16 * 1024,
    // A ping every heartbeat lets a screen notice a dead network in seconds (LINK_LIMITS); the
    // timeout keeps a phone on a slow link from being cut off for a late pong, yet a client of a
    // node that vanished without closing its sockets (host or network gone) gives up on it after
    // 12.5 s at most and reconnects, through the balancer, to the workshop's new owner.
    pingInterval: LINK_LIMITS.heartbeatMs,
    pingTimeout: 10_000,
    // A refused handshake is a failed connection to the client, which retries later (jittered).
    allowRequest: (req, callback) => {
      const address = options.addressOf(req);
      if (!options.admits(req) || !options.connections.hasRoom(address)) return callback(null, false);
      options.budgets.take('connect', address).then((granted) => callback(null, granted));
    },
  });
  io.engine.on(
    'connection',
    (raw: { request: IncomingMessage; close(): void; once(e: 'close', f: () => void): void }) => {
      const release = options.connections.open(options.addressOf(raw.request));
      if (release) raw.once('close', release);
      else raw.close();
    },
  );
  const base = { ...deps, io, budgets: options.budgets, addressOf: options.addressOf };
  const presence = createPresence(base);
  const ctx: HandlerContext = { ...base, presence };
  const limiter = createRateLimiter();
  const unwatchPeople = watchPeople(ctx);
  const unwatchPrivateFacts = watchPrivateFacts(ctx);
  const unwatchGroupBoards = watchGroupBoards(ctx);
  const unwatchKeyRotation = watchKeyRotation(ctx);

  io.use((socket, next) => {
    const auth = SocketAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('bad_request'));
    const { code, facilitatorKey, participantToken, client } = auth.data;
    options.lookups.find(code, options.addressOf(socket.request)).then(
      (w) => {
        if (w === 'refused') return next(new Error('rate_limited'));
        if (!w) return next(new Error('not_found'));
        const facilitator = facilitatorKey !== undefined && matchesHash(facilitatorKey, w.record.facilitatorKeyHash);
        if (facilitatorKey !== undefined && !facilitator) return next(new Error('unauthorized'));
        const participant = participantToken ? participantByToken(w.state, hashSecret(participantToken)) : null;
        if (participant && tokensExpired(w.state, deps.tokenTtlHours, deps.clock.now()))
          return next(new Error('token_expired'));
        // Counted last, once nothing else can refuse it: only a connected socket says when it leaves.
        const inWorkshop = options.connections.enter(code);
        if (!inWorkshop) return next(new Error('limit_reached'));
        socket.on('disconnect', inWorkshop);
        socket.data = {
          code,
          client,
          facilitator,
          participantId: participant?.id ?? null,
          deviceTokenHash: participant?.tokenHash ?? null,
        };
        next();
      },
      (err: unknown) => {
        const retry = isRetryable(err);
        if (retry) deps.log.info('handshake_deferred', { code, error: String(err) });
        else deps.log.error('handshake_failed', { code, error: String(err) });
        // The client tries again by itself after 'unavailable' (the database is down, or another
        // node holds the workshop and the balancer will send it there), as after 'internal'.
        next(new Error(retry ? 'unavailable' : 'internal'));
      },
    );
  });

  io.on('connection', (socket) => {
    socket.use(limiter.guard(socket, (key) => deps.log.warn('flood_disconnected', { code: socket.data.code, key })));
    socket.use(joinBudget(options.budgets, options.addressOf(socket.request)));
    void socket.join(roomOf(socket.data.code));
    registerCommands(socket, ctx);
    for (const send of [registerSession, sendPrivateFacts, sendGroupBoards])
      send(socket, ctx).catch((err: unknown) =>
        deps.log.error('register_failed', { code: socket.data.code, error: String(err) }),
      );
    presence.track(socket);
  });

  return {
    io,
    presence,
    closeWorkshop(code) {
      // The transport, not disconnect(): the client reads 'transport close' and reconnects (through the balancer, to the owner).
      for (const socket of io.sockets.adapter.rooms.get(roomOf(code)) ?? [])
        io.sockets.sockets.get(socket)?.conn.close();
    },
    async close() {
      unwatchPeople();
      unwatchPrivateFacts();
      unwatchGroupBoards();
      unwatchKeyRotation();
      presence.close();
      // Not disconnectSockets(): a client told 'io server disconnect' does not reconnect by
      // itself. Closing the transports (io.close) reads as 'transport close', and it does.
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}

/** Joins spend from their address's budget: a venue's worth at once, never an endless stream. */
function joinBudget(budgets: RateBudgets, address: string): Parameters<PlenarySocket['use']>[0] {
  return (packet, next) => {
    if (packet[0] !== 'session:join') return next();
    budgets.take('join', address).then((granted) => {
      if (granted) return next();
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') (ack as (r: unknown) => void)(fail('rate_limited'));
    });
  };
}
