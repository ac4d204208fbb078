/** Real clients for tests: Socket.IO with the shared event maps, and y-websocket replicas in Node. */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readPublicState } from '../../shared/doc.ts';
import type { Result } from '../../shared/errors.ts';
import type { PublicState } from '../../shared/model.ts';
import type { CommandInput, CommandName, CommandValue } from '../../shared/commands.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts';
import { commandSender } from '../../client/src/net/commands.ts';
import type { SessionSnapshot } from '../../shared/protocol/session.ts';
import type { SocketAuth } from '../../shared/schemas/session.ts';
import { nextEvent, waitFor } from './wait.ts';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects and waits for the server's session snapshot; `onPacket` sees every packet received, from the first. */
export async function connectSocket(
  url: string,
  auth: SocketAuth,
  opts: { reconnection?: boolean; from?: string; ca?: string; onPacket?: (packet: unknown) => void } = {},
): Promise<{ socket: TestSocket; session: SessionSnapshot }> {
  const socket: TestSocket = io(url, {
    auth,
    // As the page does: a balancer routes on it.
    query: { w: auth.code },
    transports: ['websocket'],
    reconnection: opts.reconnection ?? false,
    forceNew: true,
    ...(opts.from ? fromAddress(opts.from) : {}),
    // Over https: the test's own certificate is the one authority this client trusts.
    ...(opts.ca ? { ca: opts.ca } : {}),
  });
  // Events and acknowledgements alike, decoded; attached before the connection opens.
  if (opts.onPacket) socket.io.on('packet', opts.onPacket);
  const session = nextEvent<SessionSnapshot>(socket, 'session:ready');
  // A refused handshake never sends one: that wait must not fail later, in whichever test runs then.
  session.catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, session: await session };
}

/** A command's input as a test writes it: without a `commandId` the helper makes one, as the client's intents do. */
export type TestInput<E extends CommandName> = WithoutCommandId<CommandInput<E>>;
type WithoutCommandId<T> = T extends { commandId: string } ? Omit<T, 'commandId'> & { commandId?: string } : T;

/**
 * Socket.IO options that open the connection from `localAddress` (the Node transport hands it
 * to `ws`; the client's types leave it out).
 */
export function fromAddress(localAddress: string): Partial<ManagerOptions & SocketOptions> {
  return { localAddress } as Partial<ManagerOptions & SocketOptions>;
}

/** Sends a command (or a clock sample) the way the client does and resolves its Result; `offline` if unanswered in 5 s. */
export function send(socket: TestSocket, event: 'clock:ping', input: null): Promise<Result<{ serverNow: number }>>;
export function send<E extends CommandName>(
  socket: TestSocket,
  event: E,
  input: TestInput<E>,
): Promise<Result<CommandValue<E>>>;
export function send<E extends CommandName>(
  socket: TestSocket,
  event: E | 'clock:ping',
  input: TestInput<E> | null,
): Promise<Result<unknown>> {
  if (event === 'clock:ping') return socket.timeout(5000).emitWithAck('clock:ping', null);
  return sendWithin(5000, socket, event, input as TestInput<E>);
}

/** Sends command `event`, giving it a fresh `commandId` unless it has one; `offline` if unanswered in `timeoutMs`. */
export function sendWithin<E extends CommandName>(
  timeoutMs: number,
  socket: TestSocket,
  event: E,
  input: TestInput<E>,
): Promise<Result<CommandValue<E>>> {
  // Stamped as the intents stamp; a creation (whose `id` is its command id) ignores the extra field.
  const stamped =
    input !== null && typeof input === 'object' && !('commandId' in input)
      ? { ...input, commandId: randomUUID() }
      : input;
  return commandSender(socket, timeoutMs)(event, stamped as CommandInput<E>);
}

/** Joins as a participant and returns the socket with its identity and device token. */
export async function joinAs(
  url: string,
  code: string,
  name: string,
  attendance: 'room' | 'remote' = 'room',
  from?: string,
) {
  const { socket } = await connectSocket(url, { code, client: 'participant' }, from ? { from } : {});
  const token = newToken();
  const joined = await send(socket, 'session:join', { name, organisation: `${name} Coop`, attendance, token });
  if (!joined.ok) throw new Error(`join failed: ${joined.error}`);
  return { socket, participantId: joined.value.participantId, token };
}

/** A device token, as a browser makes one. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface NodeReplica {
  doc: Y.Doc;
  provider: WebsocketProvider;
  state(): PublicState;
  destroy(): void;
}

/**
 * A y-websocket replica exactly as the browser uses it, with `ws` as the WebSocket: opened from
 * the local address `from`, or by the WebSocket class `from` (one trusting a test's certificate);
 * into `doc` when given (to watch it from the first sync).
 */
export async function openReplica(
  url: string,
  code: string,
  params: Record<string, string> = {},
  from?: string | typeof globalThis.WebSocket,
  syncTimeoutMs = 5000,
  doc = new Y.Doc(),
): Promise<NodeReplica> {
  const socketClass = typeof from === 'string' ? webSocketFrom(from) : from;
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/yjs`, code, doc, {
    WebSocketPolyfill: socketClass ?? (WebSocket as unknown as typeof globalThis.WebSocket),
    disableBc: true,
    params,
  });
  provider.awareness.setLocalState(null);
  await waitFor(() => provider.synced, `replica of ${code} to sync`, syncTimeoutMs);
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

/** The `ws` WebSocket, opening its connections from `localAddress` (any of 127.0.0.0/8 is this machine). */
export function webSocketFrom(localAddress: string): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { localAddress });
    }
  } as unknown as typeof globalThis.WebSocket;
}

/** A GET from `localAddress`, resolving the status and body: one caller among many on this machine. */
export function getFrom(localAddress: string, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { localAddress }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}
