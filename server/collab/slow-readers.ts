/**
 * Memory held for replicas that read slower than we write. Every frame waits in this process
 * until the kernel takes it; a client that never reads would keep it forever. Each connection
 * may hold up to `perConnection` bytes, and all of them together `total`: past that the
 * slowest (the one holding most) are dropped. A dropped replica reconnects by itself and
 * catches up by state vector, so nothing is lost but the bytes it would not read.
 */
import type { WebSocket } from 'ws';
import { writeFrame, type Replica } from './fanout.ts';

export interface SlowReaderOptions {
  perConnection: number;
  total: number;
  /** Told about each connection dropped, and why. */
  onDrop?: (ws: WebSocket, reason: 'connection' | 'total') => void;
}

export const DEFAULT_SLOW_READERS = { perConnection: 8 * 1024 * 1024, total: 64 * 1024 * 1024 };

export interface SendQueue {
  /** Sends `frame` to `ws`, dropping it (or the slowest others) when that would hold too much. */
  send(ws: WebSocket, frame: Uint8Array): void;
  /** Writes a frame made once for every replica (fanout.ts) to one of them, held and bounded like `send`. */
  write(replica: Replica, frame: Buffer): void;
  /** Bytes held now, for one connection or for all. */
  held(ws?: WebSocket): number;
}

/** Creates the queue accounting of one host. */
export function createSendQueue(options: SlowReaderOptions): SendQueue {
  const holding = new Map<WebSocket, number>();
  let total = 0;

  const release = (ws: WebSocket, bytes: number) => {
    const h = holding.get(ws);
    if (h === undefined) return;
    total -= bytes;
    if (h === bytes) holding.delete(ws);
    else holding.set(ws, h - bytes);
  };
  // terminate() frees the buffers now; close() would keep them until a reader that does not read reads.
  const drop = (ws: WebSocket, reason: 'connection' | 'total') => {
    total -= holding.get(ws) ?? 0;
    holding.delete(ws);
    options.onDrop?.(ws, reason);
    ws.terminate();
  };
  const dropSlowest = () => {
    const bySize = [...holding].sort((a, b) => b[1] - a[1]);
    for (const [ws] of bySize) {
      if (total <= options.total) return;
      drop(ws, 'total');
    }
  };

  /** Counts `bytes` as held for `ws` until `put` says they left; false (and `ws` dropped) past its share. */
  const hold = (ws: WebSocket, bytes: number, put: (done: (err?: Error | null) => void) => boolean) => {
    if (ws.readyState !== ws.OPEN) return;
    const h = holding.get(ws) ?? 0;
    if (h + bytes > options.perConnection) return drop(ws, 'connection');
    holding.set(ws, h + bytes);
    total += bytes;
    const sent = put((err) => {
      release(ws, bytes);
      if (err) ws.terminate();
    });
    if (!sent) release(ws, bytes);
    if (total > options.total) dropSlowest();
  };

  return {
    send: (ws, frame) =>
      hold(ws, frame.byteLength, (done) => {
        ws.send(frame, done);
        return true;
      }),
    write: (replica, frame) => hold(replica.ws, frame.byteLength, (done) => writeFrame(replica, frame, done)),
    held: (ws) => (ws ? (holding.get(ws) ?? 0) : total),
  };
}
