/** A `ws` WebSocket that counts the bytes it receives, for the per-follower traffic figures. */
import WebSocket from 'ws';
import { onDevice } from './marks.ts';

export interface ByteCounter {
  bytes: number;
  frames: number;
}

/** How a simulated replica (full or wire) connects, and whether it runs on its own device clock (marks.ts). */
export interface ReplicaOptions {
  /** The address it connects from: a remote follower is a caller of its own. */
  localAddress?: string;
  /** Query parameters of its URL. */
  params?: Record<string, string>;
  deviceClock?: boolean;
}

type MessageHandler = (event: WebSocket.MessageEvent) => void;
const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;

/**
 * A WebSocket class (as y-websocket's WebSocketPolyfill) that adds every received frame to
 * `counter`, connecting from `localAddress` when given (a remote follower is a caller of its own).
 * With `deviceClock`, the handler y-websocket sets runs a turn after its frame arrived, on that
 * frame's device clock (marks.ts): every replica of the process is stamped before any applies.
 */
export function countingWebSocket(
  counter: ByteCounter,
  localAddress?: string,
  deviceClock = false,
): typeof globalThis.WebSocket {
  class Counting extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, localAddress ? { localAddress } : {});
      this.on('message', (data: Buffer | ArrayBuffer) => {
        counter.bytes += data.byteLength;
        counter.frames++;
      });
      if (deviceClock)
        Object.defineProperty(this, 'onmessage', {
          configurable: true,
          get: () => onmessage.get!.call(this),
          set: (handler: MessageHandler | null) => {
            onmessage.set!.call(
              this,
              handler && onDevice<WebSocket.MessageEvent>((event) => handler.call(this, event)),
            );
          },
        });
    }
  }
  return Counting as unknown as typeof globalThis.WebSocket;
}
