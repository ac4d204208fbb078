/** A `ws` WebSocket that counts the bytes it receives, for the per-follower traffic figures. */
import WebSocket from 'ws';

export interface ByteCounter {
  bytes: number;
  frames: number;
}

/**
 * A WebSocket class (as y-websocket's WebSocketPolyfill) that adds every received frame to
 * `counter`, connecting from `localAddress` when given (a remote follower is a caller of its own).
 */
export function countingWebSocket(counter: ByteCounter, localAddress?: string): typeof globalThis.WebSocket {
  class Counting extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, localAddress ? { localAddress } : {});
      this.on('message', (data: Buffer | ArrayBuffer) => {
        counter.bytes += data.byteLength;
        counter.frames++;
      });
    }
  }
  return Counting as unknown as typeof globalThis.WebSocket;
}
