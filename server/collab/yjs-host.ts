/**
 * Our y-websocket host. Clients are read-only replicas: they may ask for state (sync step 1)
 * and receive updates, but any update or awareness they send is refused, never applied or
 * relayed. Updates go out only after the hub has made them durable.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { followersSeeNames } from '../../shared/follower-view.ts';
import { LOW_DATA_REPLACED } from '../../shared/low-data.ts';
import type { PublicState } from '../../shared/model.ts';
import { LINK_LIMITS } from '../../shared/limits.ts';
import type { ConnectionCaps } from '../budgets/connection-caps.ts';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import type { RateBudgets } from '../budgets/rate-budgets.ts';
import type { Logger } from '../log.ts';
import { isRetryable } from '../persistence/port.ts';
import { binaryFrame } from './fanout.ts';
import { MESSAGE_RELAY_FOLLOWERS, RELAY_CLIENT, type RelayRoom, type Relays, type RelayView } from './relay.ts';
import { createRateLimiter } from '../realtime/rate-limit.ts';
import { NO_STAGES, type Stages } from '../stages.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import { CODE_PATTERN } from '../workshops/secrets.ts';
import type { LowDataDocs } from './low-data-docs.ts';
import type { ViewDocs } from './view-docs.ts';
import { createSendQueue, DEFAULT_SLOW_READERS, type SlowReaderOptions } from './slow-readers.ts';
import { createSyncAnswers } from './sync-answers.ts';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
const MESSAGE_QUERY_AWARENESS = 3;

export const YJS_PATH = '/yjs/';

/**
 * Close codes a replica is told. The client stops for good on `gone`; on `rateLimited` it comes
 * back later (jittered, backing off) and catches up by state vector; on `moved` (WebSocket's
 * "service restart": another node owns the workshop now) it reconnects and reaches the owner.
 */
export const YJS_CLOSE = { gone: 4004, rateLimited: 4008, moved: 1012 } as const;

export interface YjsHostOptions {
  hub: WorkshopHub;
  log: Logger;
  /** Whether the upgrade request names this server and comes from an allowed origin. */
  admits: (req: IncomingMessage) => boolean;
  /** The budget key of the caller behind a request (server/http/client-address.ts). */
  addressOf: (req: IncomingMessage) => string;
  lookups: WorkshopLookups;
  budgets: RateBudgets;
  connections: ConnectionCaps;
  /** Largest frame a client may send; a state vector is tiny, so this is small. */
  maxPayload?: number;
  /** Memory held for replicas that read slowly, per connection and in total. */
  slowReaders?: Partial<SlowReaderOptions>;
  /** How often a dead connection (no pong to the last ping) is dropped. */
  keepaliveMs?: number;
  /**
   * How often each replica is sent a three-byte frame, so a screen that hears nothing for a few
   * seconds knows its link is gone (and says "offline") long before TCP would.
   */
  heartbeatMs?: number;
  /** Serves `?view=low` from these documents (no note text outside the room's focus). */
  lowData?: LowDataDocs;
  /** Serves follow replicas from these documents while the facilitator keeps names from followers. */
  nameless?: ViewDocs;
  /** Called when a follow-only replica (`?client=follow`) joins or leaves a workshop. */
  onFollowersChanged?: (code: string) => void;
  /** Where the fan-out's time goes (the benchmark's per-stage histograms). */
  stages?: Stages;
  /** Many nodes: follow replicas of a workshop this node does not hold are served from a relay. */
  cluster?: ClusterRelaying;
}

export interface ClusterRelaying {
  relays: Relays;
  /** Whether a follow replica of `code` arriving now is relayed (another node holds the workshop). */
  isRelayed: (code: string) => boolean;
  /** The key a relay of another node shows (CLUSTER_KEY). */
  key: string;
}

export interface YjsHost {
  /** Handles an HTTP upgrade for `/yjs/<code>`; returns false when the path is not ours. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  connectionCount(code?: string): number;
  /** Closes every replica of a workshop with `moved`, so they reconnect to its new owner. */
  closeWorkshop(code: string): void;
  /** Replicas opened by the follow screen, which needs no Socket.IO connection to follow. */
  followerCount(code: string): number;
  close(): void;
}

/** Attaches the host to the hub's durable update stream. */
export function createYjsHost(options: YjsHostOptions): YjsHost {
  const { hub, log, budgets } = options;
  const stages = options.stages ?? NO_STAGES;
  const answers = createSyncAnswers();
  const queue = createSendQueue({
    ...DEFAULT_SLOW_READERS,
    ...options.slowReaders,
    onDrop: (_ws, reason) => log.warn('yjs_slow_reader_dropped', { reason }),
  });
  const send = queue.send;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload ?? 16 * 1024,
    perMessageDeflate: false,
  });
  const rooms = new Map<string, Set<WebSocket>>();
  const limiter = createRateLimiter();
  let opened = 0;
  // An empty awareness update: it keeps quiet connections from hitting y-websocket's 30 s reconnect.
  const keepaliveFrame = Uint8Array.from([MESSAGE_AWARENESS, 1, 0]);

  // Updates made durable in the same turn (one group commit) go out merged, framed once and the
  // same bytes written to every replica (fanout.ts): sends per note fall as the load rises.
  const outgoing = new Map<string, Uint8Array[]>();
  let firstQueuedAt = 0;
  /** When the commands behind the outgoing updates were asked (stage marks). */
  const askedAt: number[] = [];
  const flushOutgoing = () => {
    for (const [code, updates] of outgoing) {
      const conns = rooms.get(code);
      if (!conns?.size) continue;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
      const frame = binaryFrame(encoding.toUint8Array(encoder));
      for (const ws of conns) queue.write({ ws, socket: (ws as AliveSocket).raw! }, frame);
      stages.count('frames', 1);
      stages.count('socketWrites', conns.size);
    }
    outgoing.clear();
    stages.since('fanout', firstQueuedAt);
    for (const at of askedAt.splice(0)) stages.since('served', at);
  };
  const onDocUpdate = (code: string, update: Uint8Array, asked?: number) => {
    if (!rooms.get(code)?.size) return;
    if (asked) askedAt.push(asked);
    if (outgoing.size === 0) {
      firstQueuedAt = stages.mark();
      setImmediate(flushOutgoing);
    }
    const queued = outgoing.get(code);
    if (queued) queued.push(update);
    else outgoing.set(code, [update]);
  };
  hub.events.on('docUpdate', onDocUpdate);
  // A deleted workshop's replicas are told it is gone, as one that never existed: they stop.
  const onDeleted = (code: string) => {
    for (const room of VIEWS.map((v) => roomOf(code, v)))
      for (const ws of rooms.get(room) ?? []) ws.close(YJS_CLOSE.gone, 'deleted');
  };
  hub.events.on('deleted', onDeleted);
  // A low-data replica's room is its own key: the same merging, another document.
  const onLowDataUpdate = (code: string, update: Uint8Array) => onDocUpdate(lowDataRoom(code), update);
  options.lowData?.events.on('update', onLowDataUpdate);
  const onNamelessUpdate = (code: string, update: Uint8Array) => onDocUpdate(namelessRoom(code), update);
  options.nameless?.events.on('update', onNamelessUpdate);
  // Names shown to followers or not: follow replicas of the other document start over on this one.
  const onChanged = (code: string, prev: { pub: PublicState }, next: { pub: PublicState }) => {
    const shown = followersSeeNames(next.pub);
    if (!options.nameless || followersSeeNames(prev.pub) === shown) return;
    for (const ws of rooms.get(shown ? namelessRoom(code) : code) ?? [])
      if ((ws as AliveSocket).follower) ws.close(LOW_DATA_REPLACED, 'view replaced');
  };
  hub.events.on('changed', onChanged);
  const relays = options.cluster?.relays;
  relays?.events.on('update', onDocUpdate);
  // The owner ended a relayed room (no such workshop, or the view was replaced): its followers hear the same.
  const onRelayEnded = (room: string, closeCode: number) => {
    for (const ws of rooms.get(room) ?? []) {
      if (closeCode === YJS_CLOSE.gone) void options.lookups.missed((ws as AliveSocket).address!);
      ws.close(closeCode, 'relay ended');
    }
  };
  relays?.events.on('ended', onRelayEnded);

  const keepalive = setInterval(() => {
    for (const conns of rooms.values())
      for (const ws of conns) {
        if ((ws as AliveSocket).alive === false) {
          ws.terminate();
          continue;
        }
        (ws as AliveSocket).alive = false;
        ws.ping();
      }
  }, options.keepaliveMs ?? 15_000);
  keepalive.unref();
  const heartbeat = setInterval(() => {
    for (const conns of rooms.values()) for (const ws of conns) send(ws, keepaliveFrame);
  }, options.heartbeatMs ?? LINK_LIMITS.heartbeatMs);
  heartbeat.unref();

  function join(ws: WebSocket, raw: Duplex, room: string, code: string, caller: Caller, follower: boolean): void {
    let conns = rooms.get(room);
    if (!conns) {
      conns = new Set();
      rooms.set(room, conns);
    }
    conns.add(ws);
    (ws as AliveSocket).alive = true;
    (ws as AliveSocket).follower = follower;
    (ws as AliveSocket).raw = raw;
    (ws as AliveSocket).address = caller.address;
    // A relayed room's followers are counted by the owner (the relay tells it), not by this node's presence.
    const changed = () =>
      caller.relay
        ? relays!.followers(room, rooms.get(room)?.size ?? 0)
        : follower && options.onFollowersChanged?.(code);
    ws.on('pong', () => ((ws as AliveSocket).alive = true));
    ws.on('close', () => {
      conns.delete(ws);
      if (conns.size === 0) rooms.delete(room);
      changed();
    });
    changed();
  }

  /** The document a caller is served from: the owner's (durable, or one of its views) or a relay's copy of it. */
  async function docOf(code: string, caller: Caller): Promise<Y.Doc | null | undefined> {
    if (caller.relay) {
      await caller.relay.synced;
      return caller.relay.doc;
    }
    if (caller.view === 'low') return options.lowData!.get(code);
    if (caller.view === 'nameless') return options.nameless!.get(code);
    return (await hub.get(code))?.doc;
  }

  async function onMessage(ws: WebSocket, code: string, data: Buffer, caller: Caller): Promise<void> {
    const doc = await docOf(code, caller);
    if (!doc) return ws.close(YJS_CLOSE.gone, 'not found');
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      if (step === syncProtocol.messageYjsSyncStep1) {
        const stateVector = decoding.readVarUint8Array(decoder);
        // A low-data document is made anew by each process: a replica of an older one starts over.
        // (A relay's copy of it too: the owner ends the relay's room then, and its followers start over.)
        if (caller.view !== 'main' && !knowsEveryClient(doc, stateVector))
          return ws.close(LOW_DATA_REPLACED, 'view replaced');
        // The durable document: a crash or a failed commit must not leave a replica ahead of the disk.
        const answer = answers.answer(doc, stateVector);
        // A relay of another node answers for its own followers, who spent their budgets there.
        if (
          !caller.upstreamOf &&
          !(await budgets.take('syncAnswer', caller.address, Math.ceil(answer.byteLength / 1024)))
        )
          return ws.close(YJS_CLOSE.rateLimited, 'rate limited');
        return send(ws, answer);
      }
      if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
        decoding.readVarUint8Array(decoder);
        if (caller.writesRefused++ === 0) log.warn('yjs_client_write_refused', { code });
        return;
      }
      throw new Error(`unknown sync step ${step}`);
    }
    if (type === MESSAGE_AWARENESS || type === MESSAGE_AUTH || type === MESSAGE_QUERY_AWARENESS) return; // presence travels over Socket.IO
    if (type === MESSAGE_RELAY_FOLLOWERS && caller.upstreamOf) {
      (ws as AliveSocket).relayed = Math.min(decoding.readVarUint(decoder), MAX_RELAYED);
      return options.onFollowersChanged?.(code);
    }
    throw new Error(`unknown message type ${type}`);
  }

  /** Counts the connection and looks the workshop up on the caller's budgets; a string is the HTTP refusal. */
  async function admit(code: string, address: string): Promise<string | Admitted> {
    const release = options.connections.open(address);
    if (!release) return refusal(503, 'Service Unavailable');
    let found: Awaited<ReturnType<WorkshopLookups['find']>>;
    try {
      // A caller with no answers left would only be closed after the handshake: refused before it.
      const mayAsk = (await budgets.usage('syncAnswer', address)).left && (await budgets.take('connect', address));
      found = mayAsk ? await options.lookups.find(code, address) : 'refused';
    } catch (err) {
      release();
      throw err;
    }
    if (found === 'refused') {
      release();
      return refusal(429, 'Too Many Requests');
    }
    return { release, found: found !== null, namesHidden: found !== null && !followersSeeNames(found.state.pub) };
  }

  /**
   * Another node's relay, shown by the cluster key: no budgets of an address (it serves many
   * followers), but a connection arriving all the same (its workshop comes here). Null: no key, or another.
   */
  async function admitRelay(code: string, req: IncomingMessage): Promise<Admitted | null> {
    const key = options.cluster?.key;
    const shown = Buffer.from(req.headers.authorization?.replace(/^Bearer /, '') ?? '');
    if (!key || shown.length !== Buffer.byteLength(key) || !timingSafeEqual(shown, Buffer.from(key))) return null;
    const found = CODE_PATTERN.test(code) ? await hub.get(code, { arriving: true }) : null;
    return {
      release: () => {},
      found: found !== null,
      namesHidden: found !== null && !followersSeeNames(found.state.pub),
    };
  }

  /** A follower this node relays: its budgets are spent here; whether the workshop exists, the owner says. */
  async function admitRelayed(address: string): Promise<string | Admitted> {
    const release = options.connections.open(address);
    if (!release) return refusal(503, 'Service Unavailable');
    try {
      if ((await budgets.take('connect', address)) && (await options.lookups.mayLookUp(address)))
        return { release, found: true, namesHidden: false };
    } catch (err) {
      release();
      throw err;
    }
    release();
    return refusal(429, 'Too Many Requests');
  }

  function accept(ws: WebSocket, raw: Duplex, code: string, room: string, caller: Caller, follower: boolean): void {
    join(ws, raw, room, code, caller, follower);
    const key = `yjs:${++opened}`;
    ws.on('message', (data: Buffer, isBinary) => {
      // Every sync step 1 costs an answer: a client asking in a loop is cut off.
      const verdict = limiter.take(key);
      if (verdict === 'refuse') return;
      if (verdict === 'disconnect') {
        log.warn('flood_disconnected', { code, key });
        return ws.close(YJS_CLOSE.rateLimited, 'rate limited');
      }
      if (!isBinary) return ws.close(1003, 'binary only');
      onMessage(ws, code, data, caller).catch((err: unknown) => {
        log.warn('yjs_bad_frame', { code, error: String(err).slice(0, 200) });
        ws.close(1007, 'malformed');
      });
    });
  }

  return {
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://x');
      if (!url.pathname.startsWith(YJS_PATH)) return false;
      const code = url.pathname.slice(YJS_PATH.length);
      if (!options.admits(req)) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return true;
      }
      const address = options.addressOf(req);
      const client = url.searchParams.get('client');
      const upstreamOf = client === RELAY_CLIENT;
      const relayed = client === 'follow' && (options.cluster?.isRelayed(code) ?? false);
      const admission = upstreamOf ? admitRelay(code, req) : relayed ? admitRelayed(address) : admit(code, address);
      admission.then(
        (admitted) => {
          if (admitted === null) return socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
          if (typeof admitted === 'string') return socket.end(admitted);
          wss.handleUpgrade(req, socket, head, (ws) => {
            // Before any close below: a bad frame during the closing handshake is an 'error' event.
            ws.on('error', (err) => log.debug('yjs_socket_error', { code, error: String(err) }));
            ws.on('close', admitted.release);
            const inWorkshop = admitted.found ? options.connections.enter(code) : null;
            if (admitted.found && !inWorkshop) return ws.close(YJS_CLOSE.rateLimited, 'workshop full');
            if (inWorkshop) ws.on('close', inWorkshop);
            // Told in the protocol rather than by HTTP status, which a browser's WebSocket cannot read.
            if (!admitted.found) return ws.close(YJS_CLOSE.gone, 'not found');
            const follower = client === 'follow' || upstreamOf;
            const low = url.searchParams.get('view') === 'low';
            const view: DocView =
              low && options.lowData
                ? 'low'
                : follower && admitted.namesHidden && options.nameless
                  ? 'nameless'
                  : 'main';
            const caller: Caller = { address, view, writesRefused: 0, upstreamOf };
            if (!relayed) return accept(ws, socket, code, roomOf(code, view), caller, follower);
            // The owner applies the view rules to the relay's upstream; this node re-serves its copy.
            const relayView: RelayView = low ? 'low' : 'follow';
            const room = relayRoomOf(code, relayView);
            caller.relay = options.cluster!.relays.open(room, code, relayView);
            accept(ws, socket, code, room, caller, follower);
          });
        },
        (err: unknown) => {
          // Not here now (the database is down, or another node holds it): the replica tries again.
          if (isRetryable(err)) return socket.end(refusal(503, 'Service Unavailable'));
          log.error('yjs_load_failed', { code, error: String(err) });
          socket.end('HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n');
        },
      );
      return true;
    },
    followerCount(code) {
      let n = 0;
      for (const room of VIEWS.map((v) => roomOf(code, v)))
        for (const ws of rooms.get(room) ?? []) if ((ws as AliveSocket).follower) n += (ws as AliveSocket).relayed ?? 1;
      return n;
    },
    closeWorkshop(code) {
      // Relays of other nodes among them: they come back with their state vectors, to the new owner.
      for (const room of VIEWS.map((v) => roomOf(code, v)))
        for (const ws of rooms.get(room) ?? []) ws.close(YJS_CLOSE.moved, 'workshop moved');
    },
    connectionCount(code) {
      if (code) return VIEWS.reduce((n, v) => n + (rooms.get(roomOf(code, v))?.size ?? 0), 0);
      let n = 0;
      for (const c of rooms.values()) n += c.size;
      return n;
    },
    close() {
      clearInterval(keepalive);
      clearInterval(heartbeat);
      hub.events.off('docUpdate', onDocUpdate);
      hub.events.off('deleted', onDeleted);
      options.lowData?.events.off('update', onLowDataUpdate);
      options.nameless?.events.off('update', onNamelessUpdate);
      hub.events.off('changed', onChanged);
      relays?.events.off('update', onDocUpdate);
      relays?.events.off('ended', onRelayEnded);
      for (const conns of rooms.values()) for (const ws of conns) ws.close(1001, 'server shutting down');
      wss.close();
    },
  };
}

/**
 * A replica's socket with what the host keeps on it: liveness, kind, the socket under it (fan-out
 * writes there), the caller's budget key, and for another node's relay how many followers it serves.
 */
type AliveSocket = WebSocket & {
  alive?: boolean;
  follower?: boolean;
  raw?: Duplex;
  address?: string;
  relayed?: number;
};

/** Who is on the other end of one connection, for their budgets, and which document it follows. */
interface Caller {
  address: string;
  view: DocView;
  writesRefused: number;
  /** Another node's relay (authenticated by the cluster key): it re-serves this workshop to its own followers. */
  upstreamOf: boolean;
  /** Served by this node's relay of a workshop another node holds. */
  relay?: RelayRoom;
}

/** What admitting a connection answers: how to give its place back, and what the workshop looks like. */
interface Admitted {
  release: () => void;
  found: boolean;
  namesHidden: boolean;
}

/** One relay can speak for at most this many followers (a bound on what it may claim). */
const MAX_RELAYED = 100_000;

/** Which document a replica follows: the durable one, the low-data view, or the view without names. */
type DocView = 'main' | 'low' | 'nameless';
const VIEWS: readonly DocView[] = ['main', 'low', 'nameless'];
/** A view's replicas are a room of their own: the same merging, another document. */
const roomOf = (code: string, view: DocView) => (view === 'main' ? code : `${code}~${view}`);
const lowDataRoom = (code: string) => roomOf(code, 'low');
/** Followers this node relays are a room apart from the owner's, which this node may hold too one day. */
const relayRoomOf = (code: string, view: RelayView) => `${code}~relay-${view}`;
const namelessRoom = (code: string) => roomOf(code, 'nameless');

/** Whether every client in a replica's state vector wrote into `doc` (else the replica holds another document). */
function knowsEveryClient(doc: Y.Doc, stateVector: Uint8Array): boolean {
  const ours = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const client of Y.decodeStateVector(stateVector).keys()) if (!ours.has(client)) return false;
  return true;
}

function refusal(status: number, text: string): string {
  return `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nRetry-After: 5\r\n\r\n`;
}
