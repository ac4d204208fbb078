/** A workshop at a board step with a facilitator, two participants and their replicas: the cast of the board tests. */
import { randomUUID } from 'node:crypto';
import { commandSender } from '../../client/src/net/commands.ts';
import { createOutbox, type Outbox, type OutboxEntry, type OutboxStorage } from '../../client/src/net/outbox.ts';
import type { Result } from '../../shared/errors.ts';
import type { BoardMode, PublicState } from '../../shared/model.ts';
import { connectSocket, joinAs, openReplica, send, type NodeReplica, type TestSocket } from './clients.ts';
import { afterEach } from 'vitest';
import { startTestServer, type TestServer } from './server.ts';
import { waitFor } from './wait.ts';

export interface BoardRoom {
  code: string;
  facilitatorKey: string;
  fac: TestSocket;
  ana: { socket: TestSocket; participantId: string; token: string };
  ben: { socket: TestSocket; participantId: string; token: string };
  replica: NodeReplica;
  /** The server's own document, read back as plain state. */
  serverState(): Promise<PublicState>;
  close(): void;
}

/** Unwraps an ok Result or throws with its error code. */
export function okValue<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}${r.detail ? ` (${r.detail})` : ''}`);
  return r.value;
}

/** Opens the ILO workshop at Session 3's silent writing (challenges and opportunities active), then sets `mode`. */
export async function openBoardRoom(server: TestServer, mode: BoardMode = 'open'): Promise<BoardRoom> {
  const { code, facilitatorKey } = await server.createWorkshop('ilo-coop-2018');
  const { socket: fac } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
  okValue(await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' }));
  for (const boardId of ['challenges', 'opportunities']) okValue(await send(fac, 'board:mode', { boardId, mode }));
  const ana = await joinAs(server.url, code, 'Ana');
  const ben = await joinAs(server.url, code, 'Ben');
  const replica = await openReplica(server.url, code);
  await waitFor(() => replica.state().boards.challenges?.mode === mode, `replica sees challenges ${mode}`);
  return {
    code,
    facilitatorKey,
    fac,
    ana,
    ben,
    replica,
    serverState: () => server.publicState(code),
    close() {
      for (const s of [fac, ana.socket, ben.socket]) s.close();
      replica.destroy();
    },
  };
}

/** A note:add input on the challenges board. */
export function noteInput(id: string, text = `note ${id}`, column = 'Markets and trade') {
  return { id, boardId: 'challenges', column, text };
}

/** A device's storage in memory; a new outbox over the same object is a page reload. */
export function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/** The client outbox over a test socket, sending exactly as the page's connection does (`offline` when no answer). */
export function outboxOn(
  socket: TestSocket,
  storage: OutboxStorage,
  onSettled: (entry: OutboxEntry, result: Result<unknown>) => void,
  timeoutMs = 2000,
): Outbox {
  return createOutbox({
    storage,
    storageKey: 'plenary:outbox:test',
    send: (entry) => commandSender(socket, timeoutMs)(entry.event, entry.input),
    newId: () => randomUUID(),
    now: () => Date.now(),
    onPending: () => undefined,
    onSettled,
    later: (retry, ms) => setTimeout(retry, ms),
  });
}

/** A fresh server and board room per test, closed after each; call once at the top of a test file. */
export function boardRoomPerTest(): { open(mode?: BoardMode): Promise<BoardRoom>; server(): TestServer } {
  let server: TestServer | null = null;
  let room: BoardRoom | null = null;
  afterEach(async () => {
    room?.close();
    await server?.close();
    room = server = null;
  });
  return {
    async open(mode) {
      server = await startTestServer();
      room = await openBoardRoom(server, mode);
      return room;
    },
    server: () => server!,
  };
}
