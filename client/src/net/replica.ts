/**
 * The read-only replica of a workshop's document over y-websocket. The server is the only
 * writer: this replica never announces awareness and never edits the document.
 */
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface Replica {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** Connects to `/yjs/<code>` on `baseUrl`; reconnects with jitter so a restart is not a stampede. */
export function openReplica(baseUrl: string, code: string, onStatus: (synced: boolean) => void, WebSocketImpl?: typeof WebSocket): Replica {
  const doc = new Y.Doc();
  const wsBase = baseUrl.replace(/^http/, 'ws') + '/yjs';
  const provider = new WebsocketProvider(wsBase, code, doc, { disableBc: true, maxBackoffTime: 10_000, ...(WebSocketImpl ? { WebSocketPolyfill: WebSocketImpl } : {}) });
  provider.awareness.setLocalState(null);
  let retry: ReturnType<typeof setTimeout> | null = null;
  let attempts = 0;
  provider.on('sync', (synced: boolean) => {
    if (synced) attempts = 0;
    onStatus(synced);
  });
  provider.on('status', ({ status }: { status: string }) => {
    if (status !== 'disconnected' || retry) return;
    onStatus(false);
    provider.disconnect();
    const delay = Math.min(10_000, 500 * 2 ** attempts++) * (0.5 + Math.random());
    retry = setTimeout(() => {
      retry = null;
      provider.connect();
    }, delay);
  });
  return {
    doc,
    provider,
    destroy() {
      if (retry) clearTimeout(retry);
      provider.destroy();
      doc.destroy();
    },
  };
}
