/** Real clients for tests: Socket.IO with the shared event maps, and y-websocket replicas in Node. */
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readPublicState } from '../../shared/doc.ts';
import type { Result } from '../../shared/errors.ts';
import type { PublicState } from '../../shared/model.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts';
import type { SessionSnapshot } from '../../shared/protocol/session.ts';
import type { SocketAuth } from '../../shared/schemas/session.ts';
import { nextEvent, waitFor } from './wait.ts';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects and waits for the server's session snapshot. */
export async function connectSocket(
  url: string,
  auth: SocketAuth,
  opts: { reconnection?: boolean } = {},
): Promise<{ socket: TestSocket; session: SessionSnapshot }> {
  const socket: TestSocket = io(url, {
    auth,
    transports: ['websocket'],
    reconnection: opts.reconnection ?? false,
    forceNew: true,
  });
  const session = nextEvent<SessionSnapshot>(socket, 'session:ready');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, session: await session };
}

type EventName = keyof ClientToServerEvents;
type Input<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
type Value<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends (r: Result<infer T>) => void
  ? T
  : never;

/** Sends a command and resolves its Result. */
export function send<E extends EventName>(socket: TestSocket, event: E, input: Input<E>): Promise<Result<Value<E>>> {
  const timed = socket.timeout(5000);
  const emit = timed.emitWithAck.bind(timed) as unknown as (e: E, i: Input<E>) => Promise<Result<Value<E>>>;
  return emit(event, input);
}

/** Joins as a participant and returns the socket with its identity. */
export async function joinAs(url: string, code: string, name: string, attendance: 'room' | 'remote' = 'room') {
  const { socket } = await connectSocket(url, { code, client: 'participant' });
  const joined = await send(socket, 'session:join', { name, organisation: `${name} Coop`, attendance });
  if (!joined.ok) throw new Error(`join failed: ${joined.error}`);
  return { socket, ...joined.value };
}

export interface NodeReplica {
  doc: Y.Doc;
  provider: WebsocketProvider;
  state(): PublicState;
  destroy(): void;
}

/** A y-websocket replica exactly as the browser uses it, with `ws` as the WebSocket. */
export async function openReplica(
  url: string,
  code: string,
  params: Record<string, string> = {},
): Promise<NodeReplica> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/yjs`, code, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  provider.awareness.setLocalState(null);
  await waitFor(() => provider.synced, `replica of ${code} to sync`);
  return {
    doc,
    provider,
    state: () => readPublicState(doc),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
