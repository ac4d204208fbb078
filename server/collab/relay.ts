/**
 * Follower relays, for a plenary followed from more places than one node can serve. A node that
 * receives follow-only replicas of a workshop it does not own keeps ONE read-only replica of the
 * owner per view (the follow view, which the owner makes nameless when names are hidden, and the
 * low-data view) and serves its local followers from it with the host's own rules: writes
 * refused, sync answers from what it holds. It holds only what the owner sent, and the owner sends
 * only what is durable, so a relay is never ahead of the disk.
 *
 * Upstream goes through the cluster's entry (CLUSTER_URL: the balancer hashes `/yjs/CODE` to the
 * owner) with the shared CLUSTER_KEY; when the owner restarts or the workshop moves, the relay
 * reconnects and sends its state vector, so it is sent only what it missed, and its followers
 * stay connected. The number of local followers goes upstream, so the owner's presence counts
 * them. When the last local follower leaves, the upstream is dropped after a grace period.
 */
import { EventEmitter } from 'node:events';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';

const MESSAGE_SYNC = 0;
/** Relay → owner: how many followers the relay serves now (a varuint). Only an authenticated relay may send it. */
export const MESSAGE_RELAY_FOLLOWERS = 100;
/** The query value that marks a relay's upstream connection. */
export const RELAY_CLIENT = 'relay';

/** Closes from the owner that end the relay room: its followers are told the same and start over. */
const FINAL_CLOSES = new Set([4004, 4009]);
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5000;
/** Follower counts go upstream at most this often per room. */
const COUNT_EVERY_MS = 250;

export type RelayView = 'follow' | 'low';

export interface RelayOptions {
  /** The cluster's entry, http(s)://host:port: upstream replicas go to /yjs/CODE there. */
  clusterUrl: string;
  clusterKey: string;
  log: Logger;
  /** How long an upstream stays open after its last local follower left. */
  graceMs: number;
  /** A silent upstream (no frame, no pong) is dropped and reopened after this long. */
  silentMs?: number;
}

export interface RelayEvents {
  /** An update from the owner, to fan out to the room's followers. */
  update: [room: string, update: Uint8Array];
  /** The owner ended the room (`closeCode`: gone, or view replaced): its followers are closed with the same code. */
  ended: [room: string, closeCode: number];
}

export interface RelayRoom {
  doc: Y.Doc;
  /** Resolves after the first full sync with the owner. */
  synced: Promise<void>;
}

export interface Relays {
  events: EventEmitter<RelayEvents>;
  /** The relay room of a workshop's view, opening its upstream on first use. */
  open(room: string, code: string, view: RelayView): RelayRoom;
  /** The room now has `count` local followers; 0 starts the grace period, more cancels it. */
  followers(room: string, count: number): void;
  close(): void;
}

interface Room extends RelayRoom {
  code: string;
  view: RelayView;
  ws: WebSocket | null;
  count: number;
  retries: number;
  grace: NodeJS.Timeout | null;
  retry: NodeJS.Timeout | null;
  /** A count waiting to go upstream: a crowd arriving sends one message, not one per follower. */
  counting: NodeJS.Timeout | null;
  /** When a frame or pong came last (monotonic ms). */
  heardAt: number;
  /** Whether the relay has ever been synced (a later sync is a catch-up). */
  everSynced: boolean;
  closed: boolean;
}

export function createRelays(options: RelayOptions): Relays {
  const { log } = options;
  const events = new EventEmitter<RelayEvents>();
  const rooms = new Map<string, Room>();
  const base = options.clusterUrl.replace(/^http/, 'ws').replace(/\/$/, '');
  const silentMs = options.silentMs ?? 10_000;
  /** Each room's `synced` resolver, until its first sync. */
  const resolveSynced = new WeakMap<Room, () => void>();

  const watchdog = setInterval(() => {
    const now = performance.now();
    for (const room of rooms.values()) {
      const ws = room.ws;
      if (ws?.readyState !== WebSocket.OPEN) continue;
      if (now - room.heardAt > silentMs) ws.terminate();
      else ws.ping();
    }
  }, silentMs / 3);
  watchdog.unref();

  function connect(roomKey: string, room: Room): void {
    const query = new URLSearchParams({ client: RELAY_CLIENT, ...(room.view === 'low' ? { view: 'low' } : {}) });
    const ws = new WebSocket(`${base}/yjs/${room.code}?${query}`, {
      headers: { authorization: `Bearer ${options.clusterKey}` },
      perMessageDeflate: false,
    });
    ws.binaryType = 'nodebuffer';
    room.ws = ws;
    room.heardAt = performance.now();
    ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, room.doc);
      ws.send(encoding.toUint8Array(encoder));
      sendCount(room);
    });
    ws.on('pong', () => (room.heardAt = performance.now()));
    ws.on('message', (data: Buffer) => {
      room.heardAt = performance.now();
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // keepalive frames (empty awareness)
      const step = decoding.readVarUint(decoder);
      const update = decoding.readVarUint8Array(decoder);
      if (step !== syncProtocol.messageYjsSyncStep2 && step !== syncProtocol.messageYjsUpdate) return;
      Y.applyUpdate(room.doc, update, 'upstream');
      if (step === syncProtocol.messageYjsSyncStep2) {
        room.retries = 0;
        // What a catch-up cost against the whole document: the relay test reads these lines.
        log.info('relay_synced', {
          code: room.code,
          view: room.view,
          bytes: data.byteLength,
          docBytes: Y.encodeStateAsUpdate(room.doc).byteLength,
          catchUp: room.everSynced,
        });
        room.everSynced = true;
        resolveSynced.get(room)?.();
        resolveSynced.delete(room);
      }
    });
    ws.on('error', (err) => log.debug('relay_upstream_error', { code: room.code, error: String(err) }));
    ws.on('close', (closeCode) => {
      if (room.ws === ws) room.ws = null;
      if (room.closed) return;
      if (FINAL_CLOSES.has(closeCode)) return end(roomKey, room, closeCode);
      // The owner restarted, moved, or is not reachable yet: back with the state vector.
      const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** room.retries++) * (0.5 + Math.random() / 2);
      room.retry = setTimeout(() => {
        room.retry = null;
        if (!room.closed) connect(roomKey, room);
      }, delay);
    });
  }

  function sendCount(room: Room): void {
    if (room.ws?.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_RELAY_FOLLOWERS);
    encoding.writeVarUint(encoder, room.count);
    room.ws.send(encoding.toUint8Array(encoder));
  }

  function dispose(roomKey: string, room: Room): void {
    room.closed = true;
    rooms.delete(roomKey);
    if (room.grace) clearTimeout(room.grace);
    if (room.retry) clearTimeout(room.retry);
    if (room.counting) clearTimeout(room.counting);
    room.ws?.close(1000, 'relay closed');
    room.doc.destroy();
  }

  function end(roomKey: string, room: Room, closeCode: number): void {
    log.info('relay_ended', { code: room.code, view: room.view, closeCode });
    dispose(roomKey, room);
    events.emit('ended', roomKey, closeCode);
  }

  return {
    events,
    open(roomKey, code, view) {
      const known = rooms.get(roomKey);
      if (known) return known;
      const doc = new Y.Doc();
      let resolve = () => {};
      const synced = new Promise<void>((r) => (resolve = r));
      const room: Room = {
        doc,
        synced,
        code,
        view,
        ws: null,
        count: 0,
        retries: 0,
        grace: null,
        retry: null,
        counting: null,
        heardAt: 0,
        everSynced: false,
        closed: false,
      };
      resolveSynced.set(room, resolve);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === 'upstream') events.emit('update', roomKey, update);
      });
      rooms.set(roomKey, room);
      log.info('relay_opened', { code, view });
      connect(roomKey, room);
      return room;
    },
    followers(roomKey, count) {
      const room = rooms.get(roomKey);
      if (!room) return;
      room.count = count;
      room.counting ??= setTimeout(() => {
        room.counting = null;
        sendCount(room);
      }, COUNT_EVERY_MS);
      if (count > 0 && room.grace) {
        clearTimeout(room.grace);
        room.grace = null;
      } else if (count === 0 && !room.grace) {
        room.grace = setTimeout(() => {
          log.info('relay_dropped', { code: room.code, view: room.view });
          dispose(roomKey, room);
        }, options.graceMs);
        room.grace.unref();
      }
    },
    close() {
      clearInterval(watchdog);
      for (const [key, room] of [...rooms]) dispose(key, room);
    },
  };
}
