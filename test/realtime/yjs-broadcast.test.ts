/** The Yjs host relays what one group commit made durable as one merged frame per replica. */
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { ok } from '../../shared/errors.ts';
import { setBoardMode } from '../../server/domain/boards.ts';
import { openReplica } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
afterEach(async () => server?.close());

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

describe('relaying durable updates', () => {
  it('sends the commands of one turn as one merged update, which a replica applies in full', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const raw = await countUpdateFrames(server.url, code);
    const replica = await openReplica(server.url, code);
    const boards = ['expectations', 'questions', 'challenges', 'opportunities', 'roles'];
    const results = await Promise.all(
      boards.map((boardId) =>
        server.server.hub.execute(code, {
          type: 'board:mode',
          actor: 'test',
          commandId: null,
          payload: null,
          decide: (s) => ok({ state: setBoardMode(s, boardId, 'open'), value: null }),
        }),
      ),
    );
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
});
