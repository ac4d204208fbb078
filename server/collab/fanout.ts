/**
 * Fan-out framed once: an update that goes to every replica of a workshop is made into one
 * WebSocket frame, and that same buffer is written to every replica's socket. `ws.send` would
 * frame it again for each socket (a header allocated, a cork, two writes and an uncork apiece):
 * at 380 replicas and 80 notes a second that was most of the server's fan-out time.
 *
 * Writing to the socket beside `ws` is safe because `ws` writes whole frames synchronously when
 * it compresses nothing (the host turns permessage-deflate off) and is sent no Blobs: nothing of
 * its own is ever half-written or queued when a frame of ours goes in, and `ws.bufferedAmount`
 * still counts our bytes (it reads the socket's own queue).
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

const OPCODE_BINARY = 0x2;
const FIN = 0x80;

/** One unmasked, final binary frame carrying `payload` (RFC 6455 §5.2), as a server sends it. */
export function binaryFrame(payload: Uint8Array): Buffer {
  const n = payload.length;
  const headerLength = n < 126 ? 2 : n < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + n);
  frame[0] = FIN | OPCODE_BINARY;
  if (n < 126) frame[1] = n;
  else if (n < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(n), 2);
  }
  frame.set(payload, headerLength);
  return frame;
}

/** A replica's WebSocket and the socket under it, which the frames are written to. */
export interface Replica {
  ws: WebSocket;
  socket: Duplex;
}

/**
 * Writes an already framed message to one replica, when it is open to take it. What the socket
 * could not hand to the kernel at once waits in its queue, counted by `ws.bufferedAmount`.
 */
export function writeFrame(replica: Replica, frame: Buffer): void {
  if (replica.ws.readyState !== replica.ws.OPEN || !replica.socket.writable) return;
  replica.socket.write(frame);
}
