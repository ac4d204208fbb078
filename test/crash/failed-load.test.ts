/** A workshop that fails to load is refused, never served or saved as an empty document. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { systemClock } from '../../server/clock.ts';
import { createLogger } from '../../server/log.ts';
import type { WorkshopStore } from '../../server/persistence/port.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createPlenaryServer, type PlenaryServer } from '../../server/server.ts';
import { connectSocket, send } from '../helpers/clients.ts';
import { startTestServer, testConfig } from '../helpers/server.ts';

let running: PlenaryServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

/** A workshop with a few notes on disk, and its document bytes as stored. */
async function workshopOnDisk() {
  const server = await startTestServer();
  const { code, facilitatorKey } = await server.createWorkshop();
  const fac = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
  expect(
    (await send(fac.socket, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok,
  ).toBe(true);
  for (const id of ['n1', 'n2', 'n3'])
    expect(
      (await send(fac.socket, 'note:add', { id, boardId: 'expectations', column: 'Expectations', text: id })).ok,
    ).toBe(true);
  fac.socket.close();
  await server.close();
  return { dataDir: server.dataDir, code, facilitatorKey, rows: storedRows(server.dataDir, code) };
}

function storedRows(dataDir: string, code: string) {
  const db = new Database(path.join(dataDir, 'plenary.sqlite'), { readonly: true });
  try {
    const updates = db
      .prepare('SELECT seq, hex(update_bytes) AS bytes FROM doc_updates WHERE code = ? ORDER BY seq')
      .all(code);
    const snapshot = db.prepare('SELECT hex(snapshot) AS bytes FROM doc_snapshots WHERE code = ?').get(code) ?? null;
    return { updates, snapshot };
  } finally {
    db.close();
  }
}

/** Serves `dataDir` through the real SQLite store, with `loadDoc` failing while `failing.on`. */
async function serveWithFlakyLoad(dataDir: string, failing: { on: boolean }) {
  const real = createSqliteStore(dataDir);
  const store: WorkshopStore = {
    ...real,
    loadDoc: (code) => (failing.on ? Promise.reject(new Error('disk read failed')) : real.loadDoc(code)),
  };
  running = createPlenaryServer({
    config: testConfig(dataDir),
    store,
    clock: systemClock,
    log: createLogger('silent'),
  });
  await running.listen();
  return running.url();
}

function yjsStatus(url: string, code: string): Promise<number> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/yjs/${code}`);
  ws.on('error', () => undefined);
  return new Promise((resolve) => {
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      ws.terminate();
      resolve(res.statusCode ?? 0);
    });
  });
}

describe('a failed load', () => {
  it('is refused on every channel, writes nothing, and the next load has the real document', async () => {
    const { dataDir, code, facilitatorKey, rows } = await workshopOnDisk();
    const failing = { on: true };
    const url = await serveWithFlakyLoad(dataDir, failing);

    expect((await fetch(`${url}/api/workshops/${code}`)).status).toBe(500);
    await expect(connectSocket(url, { code, client: 'facilitate', facilitatorKey })).rejects.toThrow('internal');
    expect(await yjsStatus(url, code)).toBe(500);
    const touchRoom = running!.hub.execute(code, {
      type: 'probe',
      actor: 'test',
      commandId: null,
      decide: (s) => ({ ok: true, value: { state: { ...s, pub: { ...s.pub, notes: {} } }, value: null } }),
    });
    await expect(touchRoom).rejects.toThrow('disk read failed');
    expect(storedRows(dataDir, code)).toEqual(rows);

    failing.on = false;
    const fac = await connectSocket(url, { code, client: 'facilitate', facilitatorKey });
    const live = (await running!.hub.get(code))!;
    expect(Object.keys(live.state.pub.notes).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(live.state.pub.room.meta.code).toBe(code);
    fac.socket.close();
  });

  it('refuses a document that loads without its room rather than serving it empty', async () => {
    const { dataDir, code } = await workshopOnDisk();
    const db = new Database(path.join(dataDir, 'plenary.sqlite'));
    // The server compacted the log when it stopped: in place of the snapshot, one update holding a
    // note, which makes a document with notes but without the room it belongs to.
    const notesOnly = new Y.Doc();
    notesOnly.getMap('notes').set('n9', { id: 'n9', text: 'n9' });
    db.prepare('DELETE FROM doc_snapshots WHERE code = ?').run(code);
    db.prepare('INSERT INTO doc_updates (code, update_bytes) VALUES (?, ?)').run(
      code,
      Buffer.from(Y.encodeStateAsUpdate(notesOnly)),
    );
    db.close();
    const rows = storedRows(dataDir, code);
    const url = await serveWithFlakyLoad(dataDir, { on: false });

    expect((await fetch(`${url}/api/workshops/${code}`)).status).toBe(500);
    await expect(connectSocket(url, { code, client: 'participant' })).rejects.toThrow('internal');
    expect(await yjsStatus(url, code)).toBe(500);
    expect(storedRows(dataDir, code)).toEqual(rows);
    const doc = new Y.Doc();
    for (const u of rows.updates as Array<{ bytes: string }>) Y.applyUpdate(doc, Buffer.from(u.bytes, 'hex'));
    expect(doc.getMap('notes').has('n9')).toBe(true);
    expect(doc.getMap('room').has('meta')).toBe(false);
  });
});
