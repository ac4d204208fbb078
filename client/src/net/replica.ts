/**
 * The read-only replica of a workshop's document over y-websocket. The server is the only
 * writer: this replica never announces awareness and never edits the document.
 */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { FINAL_CLOSE_CODES, reconnectDelay } from './backoff.ts';
import { watchSilence } from './silence.ts';

const MESSAGE_SYNC = 0;

export interface Replica {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export interface ReplicaOptions {
  /** Told when the replica's link goes silent (nothing heard for a while) or comes back. */
  onSilent?: (silent: boolean) => void;
  WebSocketImpl?: typeof WebSocket;
  /** Query parameters; `client=follow` lets the server count a follow screen that has no socket. */
  params?: Record<string, string>;
  /** Told once when the server says this replica will never be served (e.g. `not_found`); it then stops. */
  onRefused?: (reason: string) => void;
}

/**
 * Connects to `/yjs/<code>` on `baseUrl`. Every retry, after a connection that closed or one that
 * never opened, is ours, jittered and backing off (see backoff.ts): y-websocket's own schedule is
 * the same for every replica, so a restart would bring them all back in the same instant.
 */
export function openReplica(
  baseUrl: string,
  code: string,
  onStatus: (synced: boolean) => void,
  options: ReplicaOptions = {},
): Replica {
  const doc = new Y.Doc();
  const wsBase = `${baseUrl.replace(/^http/, 'ws')}/yjs`;
  const provider = new WebsocketProvider(wsBase, code, doc, {
    disableBc: true,
    ...(options.params ? { params: options.params } : {}),
    ...(options.WebSocketImpl ? { WebSocketPolyfill: options.WebSocketImpl } : {}),
  });
  provider.awareness.setLocalState(null);
  let retry: ReturnType<typeof setTimeout> | null = null;
  let attempts = 0;
  // provider.destroy() itself reports a close: without this, it would schedule a reconnect.
  let destroyed = false;
  // y-websocket stamps every frame it receives; the server's heartbeat keeps the stamp fresh.
  const stopWatch = watchSilence({
    connected: () => provider.wsconnected,
    lastHeard: () => provider.wsLastMessageReceived,
    onSilent: options.onSilent ?? (() => undefined),
    reconnect: () => {
      provider.disconnect();
      provider.connect();
    },
    // Frames lost while the network was gone are asked for again on the same connection, by state vector.
    recovered: () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, doc);
      provider.ws?.send(encoding.toUint8Array(encoder));
    },
  });
  provider.on('sync', (synced: boolean) => {
    if (synced) attempts = 0;
    onStatus(synced);
  });
  provider.on('connection-close', (event: CloseEvent | null) => {
    // Emitted before y-websocket schedules its own retry, which this turns into a no-op.
    provider.shouldConnect = false;
    if (destroyed || retry) return;
    onStatus(false);
    const final = event ? FINAL_CLOSE_CODES[event.code] : undefined;
    if (final) return options.onRefused?.(final);
    retry = setTimeout(() => {
      retry = null;
      provider.connect();
    }, reconnectDelay(attempts++));
  });
  return {
    doc,
    provider,
    destroy() {
      destroyed = true;
      stopWatch();
      if (retry) clearTimeout(retry);
      provider.destroy();
      doc.destroy();
    },
  };
}
