/**
 * The Yjs host relays what one group commit made durable as one merged update, framed once: the
 * same bytes are written to every replica's socket.
 */
import net from 'node:net';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { ok } from '../../shared/errors.ts';
import { setBoardMode } from '../../server/domain/boards.ts';
import type { Stages } from '../../server/stages.ts';
import { openReplica } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
});

/** Counts the update frames (sync type 2) a raw replica connection receives. */
async function countUpdateFrames(url: string, code: string): Promise<{ count: () => number; close: () => void }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/yjs/${code}`);
  let updates = 0;
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === syncProtocol.messageYjsUpdate) updates++;
  });
  await new Promise((r) => ws.once('open', r));
  return { count: () => updates, close: () => ws.close() };
}

/** Whether `chunk` is one whole binary WebSocket frame carrying a Yjs update (sync message, step 2). */
function isUpdateFrame(chunk: unknown): chunk is Buffer {
  if (!Buffer.isBuffer(chunk) || chunk[0] !== 0x82) return false;
  const short = chunk[1]! & 0x7f;
  const offset = short < 126 ? 2 : short === 126 ? 4 : 10;
  const length = short < 126 ? short : short === 126 ? chunk.readUInt16BE(2) : Number(chunk.readBigUInt64BE(2));
  return chunk.length === offset + length && chunk[offset] === 0 && chunk[offset + 1] === syncProtocol.messageYjsUpdate;
}

const openBoard = (boardId: string) => ({
  type: 'board:mode',
  actor: 'test',
  commandId: null,
  payload: null,
  decide: (s: Parameters<typeof setBoardMode>[0]) => ok({ state: setBoardMode(s, boardId, 'open'), value: null }),
});

describe('relaying durable updates', () => {
  it('sends the commands of one turn as one merged update, which a replica applies in full', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const raw = await countUpdateFrames(server.url, code);
    const replica = await openReplica(server.url, code);
    const boards = ['expectations', 'questions', 'challenges', 'opportunities', 'roles'];
    const results = await Promise.all(boards.map((boardId) => server.server.hub.execute(code, openBoard(boardId))));
    expect(results.every((r) => r.ok)).toBe(true);
    await waitFor(
      () => boards.every((b) => replica.state().boards[b]?.mode === 'open'),
      'the replica to see every board open',
    );
    await waitFor(() => raw.count() > 0, 'an update frame');
    expect(raw.count()).toBe(1);
    raw.close();
    replica.destroy();
  });

  it('frames an update once and writes that same buffer, whole, to every replica socket', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const replicas = await Promise.all(Array.from({ length: 24 }, () => countUpdateFrames(server.url, code)));
    // Every write of a whole update frame, and which socket took it.
    const writes: Array<{ socket: net.Socket; chunk: Buffer }> = [];
    const write = net.Socket.prototype.write;
    vi.spyOn(net.Socket.prototype, 'write').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      if (isUpdateFrame(args[0])) writes.push({ socket: this, chunk: args[0] });
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    });
    expect((await server.server.hub.execute(code, openBoard('challenges'))).ok).toBe(true);
    await waitFor(() => replicas.every((r) => r.count() === 1), 'every replica to receive the update');
    vi.restoreAllMocks();
    expect(new Set(writes.map((w) => w.socket)).size).toBe(24);
    expect(writes).toHaveLength(24);
    expect(new Set(writes.map((w) => w.chunk)).size).toBe(1);
    for (const r of replicas) r.close();
  });

  it("times each command from its asking to its frame on every replica socket: the server's share of a note", async () => {
    // How many update frames had been written when each `served` sample was taken.
    const writtenAtServed: number[] = [];
    let written = 0;
    const stages: Stages = {
      mark: () => performance.now(),
      since: (stage) => {
        if (stage === 'served') writtenAtServed.push(written);
      },
      count: () => undefined,
    };
    server = await startTestServer({ stages });
    const { code } = await server.createWorkshop();
    const replicas = await Promise.all(Array.from({ length: 6 }, () => countUpdateFrames(server.url, code)));
    const write = net.Socket.prototype.write;
    vi.spyOn(net.Socket.prototype, 'write').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      if (isUpdateFrame(args[0])) written++;
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    });
    const boards = ['expectations', 'questions', 'challenges'];
    const results = await Promise.all(boards.map((b) => server.server.hub.execute(code, openBoard(b))));
    expect(results.every((r) => r.ok)).toBe(true);
    await waitFor(() => replicas.every((r) => r.count() >= 1), 'every replica to receive the update');
    await waitFor(() => writtenAtServed.length === boards.length, 'a served sample per command');
    vi.restoreAllMocks();
    // One sample per command, each taken once its frame was on every replica's socket.
    expect(writtenAtServed.every((n) => n > 0 && n % replicas.length === 0)).toBe(true);
    for (const r of replicas) r.close();
  });
});
