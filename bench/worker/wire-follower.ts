/**
 * A follower that reads the y-websocket protocol off the wire without keeping a Yjs document.
 *
 * 300 full replicas apply every update (a Yjs transaction and the screen's observers, about
 * 0.1 ms each): on a 2-core machine the simulated audience then takes most of a core and a half,
 * and its own event-loop delay is what the latency figures measure. This follower does what the
 * floor's clients do, no more: it times each frame as it arrives and decodes the update's
 * structure (a few µs, no document) to name the notes, timer versions and vote states in it. The
 * bytes are the server's real frames, so what it counts is what a follower is sent.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { ByteCounter, ReplicaOptions } from './counting-ws.ts';
import { onDevice, type Marks } from './marks.ts';

const MESSAGE_SYNC = 0;
const SYNC_TIMEOUT_MS = 60_000;

export interface Follower {
  destroy(): void;
}

/**
 * The marks of `watch` (marks.ts) read from the structs of one update. A new note is a new key of
 * the `notes` map, and Yjs writes a new key's map and key into its struct. A value that replaces
 * an older one (the timer, a vote round) is written with only the id of the struct it replaces,
 * which a follower without the document cannot resolve; those values name themselves instead (a
 * timer has a version and a duration, a vote round its board, status and budget).
 */
export function marksIn(update: Uint8Array): string[] {
  const out: string[] = [];
  for (const s of Y.decodeUpdate(update).structs) {
    if (!(s instanceof Y.Item)) continue;
    // Decoded without a document, a struct's parent is the root map's name (Yjs types it as the map).
    if ((s.parent as unknown) === 'notes' && s.parentSub !== null) {
      out.push(`n:${s.parentSub}`);
      continue;
    }
    const value = s.content instanceof Y.ContentAny ? s.content.arr[0] : undefined;
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    if (typeof v.version === 'number' && 'durationMs' in v) out.push(`t:${v.version}`);
    else if (typeof v.boardId === 'string' && typeof v.status === 'string' && 'budget' in v)
      out.push(`v:${v.boardId}:${v.status}`);
  }
  return out;
}

/** Opens a wire follower of `code` and resolves once it has the whole document (sync step 2). */
export function wireFollower(
  url: string,
  code: string,
  counter: ByteCounter,
  marks: Marks,
  { localAddress, params, deviceClock = false }: ReplicaOptions = {},
): Promise<Follower> {
  return new Promise((resolve, reject) => {
    const query = params ? `?${new URLSearchParams(params)}` : '';
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/yjs/${code}${query}`, localAddress ? { localAddress } : {});
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`wire follower of ${code} did not sync within ${SYNC_TIMEOUT_MS} ms`));
    }, SYNC_TIMEOUT_MS);
    // A note is marked when it first arrives here, as a replica's 'add'; later edits of it are not.
    const seen = new Set<string>();
    ws.once('error', reject);
    ws.once('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, new Y.Doc());
      ws.send(encoding.toUint8Array(encoder));
    });
    const onFrame = (data: Buffer) => {
      counter.bytes += data.byteLength;
      counter.frames++;
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      const step = decoding.readVarUint(decoder);
      if (step === syncProtocol.messageYjsSyncStep1) return;
      const update = decoding.readVarUint8Array(decoder);
      const isNote = (mark: string) => mark.startsWith('n:');
      if (step === syncProtocol.messageYjsSyncStep2) {
        // What was there before this follower joined is not a delivery to time.
        for (const mark of marksIn(update)) if (isNote(mark)) seen.add(mark);
        clearTimeout(timer);
        resolve({ destroy: () => ws.close() });
        return;
      }
      for (const mark of marksIn(update)) {
        if (isNote(mark)) {
          if (seen.has(mark)) continue;
          seen.add(mark);
        }
        marks.hit(mark);
      }
    };
    // On the device clock a frame is stamped as it arrives and read a turn later (marks.ts).
    ws.on('message', deviceClock ? onDevice(onFrame) : onFrame);
  });
}
