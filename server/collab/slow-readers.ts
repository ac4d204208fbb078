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
}

/**
 * Creates the queue accounting of one host. What a connection holds is what its socket has not
 * handed to the kernel yet (`ws.bufferedAmount`), read after each write instead of tracked by a
 * callback per write: a reader that keeps up (nearly all) then costs nothing beyond the write,
 * where a callback apiece was a closure and a tick per replica per update. The total is an upper
 * bound (bytes added as they go to connections holding some) and is counted exactly only when
 * that bound passes `total`.
 */
export function createSendQueue(options: SlowReaderOptions): SendQueue {
  /** Connections that held bytes after their last write. */
  const holding = new Set<WebSocket>();
  const watched = new WeakSet<WebSocket>();
  let bound = 0;

  // terminate() frees the buffers now; close() would keep them until a reader that does not read reads.
  const drop = (ws: WebSocket, reason: 'connection' | 'total') => {
    holding.delete(ws);
    options.onDrop?.(ws, reason);
    ws.terminate();
  };
  /** Counts what every holding connection holds, forgets those that hold nothing, and drops the slowest while over `total`. */
  const settle = () => {
    const bySize = [...holding].map((ws) => [ws, ws.bufferedAmount] as const).sort((a, b) => b[1] - a[1]);
    let total = 0;
    for (const [ws, held] of bySize) {
      if (held === 0) holding.delete(ws);
      total += held;
    }
    for (const [ws, held] of bySize) {
      if (total <= options.total) break;
      drop(ws, 'total');
      total -= held;
    }
    bound = total;
  };

  /** Writes `bytes` to `ws` with `put`, unless that would hold more than its share (then `ws` is dropped). */
  const hold = (ws: WebSocket, bytes: number, put: () => void) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount + bytes > options.perConnection) return drop(ws, 'connection');
    put();
    const held = ws.bufferedAmount;
    if (held === 0) {
      holding.delete(ws);
      return;
    }
    if (holding.has(ws)) bound += bytes;
    else {
      bound += held;
      holding.add(ws);
      // A connection that closes while holding leaves the set then, not at the next exact count.
      if (!watched.has(ws)) {
        watched.add(ws);
        ws.once('close', () => holding.delete(ws));
      }
    }
    if (bound > options.total) settle();
  };

  return {
    send: (ws, frame) => hold(ws, frame.byteLength, () => ws.send(frame)),
    write: (replica, frame) => hold(replica.ws, frame.byteLength, () => writeFrame(replica, frame)),
  };
}
