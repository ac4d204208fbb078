/** The storage contract every adapter must pass: SQLite, an asynchronous in-memory store that answers late, and PostgreSQL. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Commit, WorkshopStore } from '../../server/persistence/port.ts';
import { createLogger } from '../../server/log.ts';
import { openPostgresStore } from '../../server/persistence/postgres.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createMemoryStore, type MemoryData } from '../helpers/memory-store.ts';
import { freshDatabase } from '../helpers/postgres-db.ts';
import { tempDataDir } from '../helpers/server.ts';
import { emptyCommit, record } from '../helpers/store-records.ts';

interface Adapter {
  name: string;
  /** Opens the store that lives in `dir` (a reopen finds what was written there). */
  open(dir: string): Promise<WorkshopStore>;
}

/** The in-memory store's data per directory, so a reopened store finds what a closed one wrote. */
const memory = new Map<string, MemoryData>();
const openMemory = (dir: string) => {
  const data = memory.get(dir) ?? new Map();
  memory.set(dir, data);
  return createMemoryStore({ latencyMs: 3 }, data);
};

/** PostgreSQL's database per directory, each a fresh copy of the suite's template. */
const databases = new Map<string, Promise<string>>();
const openPostgres = async (dir: string) => {
  const url = databases.get(dir) ?? freshDatabase();
  databases.set(dir, url);
  return openPostgresStore({ url: await url, poolSize: 4, requireDurable: false, log: createLogger('silent') });
};

const adapters: Adapter[] = [
  { name: 'sqlite', open: async (dir) => createSqliteStore(dir) },
  { name: 'asynchronous in-memory', open: async (dir) => openMemory(dir) },
  { name: 'postgresql', open: openPostgres },
];

const bytes = (...b: number[]) => Uint8Array.from(b);
const empty = emptyCommit;
/** Commits `c` on the workshop's current version, as the hub would. */
const commit = async (store: WorkshopStore, code: string, c: Commit) => {
  const { version } = await store.loadDoc(code);
  await store.commitBatch([{ code, commit: c, version }]);
};

describe.each(adapters)('$name store', ({ open }) => {
  const opened: WorkshopStore[] = [];
  const openAt = async (dir: string) => {
    const s = await open(dir);
    opened.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  });

  it('creates, finds and lists workshops', async () => {
    const store = await openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), { ...empty, docUpdate: bytes(1, 2) });
    await store.createWorkshop(record('CCCCCC'), empty);
    expect(await store.findWorkshop('AAAAAA')).toEqual(record('AAAAAA'));
    expect(await store.findWorkshop('DDDDDD')).toBeNull();
    expect((await store.listWorkshops()).map((w) => w.code)).toEqual(['AAAAAA', 'CCCCCC']);
    expect(await store.loadDoc('AAAAAA')).toEqual({ snapshot: null, updates: [bytes(1, 2)], version: 0 });
  });

  it('refuses a second workshop with the same code and keeps the first', async () => {
    const store = await openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), { ...empty, docUpdate: bytes(1) });
    await expect(
      store.createWorkshop({ ...record('AAAAAA'), title: 'other' }, { ...empty, docUpdate: bytes(9) }),
    ).rejects.toThrow();
    expect((await store.findWorkshop('AAAAAA'))!.title).toBe('T');
    expect((await store.loadDoc('AAAAAA')).updates).toEqual([bytes(1)]);
  });

  it('commits a document update, private entities and the command together', async () => {
    const store = await openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    await commit(store, 'AAAAAA', {
      docUpdate: bytes(7),
      privateChanges: [
        { collection: 'participants', id: 'p1', json: '{"n":1}' },
        { collection: 'participants', id: 'p2', json: '{"n":2}' },
      ],
      command: { commandId: 'c1', actor: 'p1', type: 'note:add', result: '{"ok":true}', at: 5 },
    });
    await commit(store, 'AAAAAA', {
      docUpdate: null,
      privateChanges: [
        { collection: 'participants', id: 'p2', json: null },
        { collection: 'participants', id: 'p1', json: '{"n":3}' },
      ],
      command: null,
    });
    expect((await store.loadDoc('AAAAAA')).updates).toEqual([bytes(7)]);
    expect(await store.loadPrivate('AAAAAA')).toEqual([{ collection: 'participants', id: 'p1', json: '{"n":3}' }]);
    expect(await store.loadCommands('AAAAAA')).toEqual([
      { commandId: 'c1', actor: 'p1', type: 'note:add', result: '{"ok":true}' },
    ]);
  });

  it('rolls a whole commit back when any part of it fails', async () => {
    const store = await openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    const command = { commandId: 'c1', actor: 'p1', type: 't', result: '{}', at: 1 };
    await commit(store, 'AAAAAA', { docUpdate: bytes(1), privateChanges: [], command });
    await expect(
      commit(store, 'AAAAAA', {
        docUpdate: bytes(2),
        privateChanges: [{ collection: 'c', id: 'x', json: '{}' }],
        command,
      }),
    ).rejects.toThrow();
    expect((await store.loadDoc('AAAAAA')).updates).toEqual([bytes(1)]);
  });

  it('commits a batch across workshops in one transaction: all of it, or none of it', async () => {
    const store = await openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    await store.createWorkshop(record('CCCCCC'), empty);
    await store.commitBatch([
      { code: 'AAAAAA', commit: { ...empty, docUpdate: bytes(1) }, version: 0 },
      { code: 'CCCCCC', commit: { ...empty, docUpdate: bytes(2) }, version: 0 },
      { code: 'AAAAAA', commit: { ...empty, docUpdate: bytes(3) }, version: 1 },
    ]);
    expect((await store.loadDoc('AAAAAA')).updates).toEqual([bytes(1), bytes(3)]);
    expect((await store.loadDoc('CCCCCC')).updates).toEqual([bytes(2)]);
    const command = { commandId: 'c1', actor: 'p1', type: 't', result: '{}', at: 1 };
    await expect(
      store.commitBatch([
        { code: 'CCCCCC', commit: { ...empty, docUpdate: bytes(4), command }, version: 1 },
        { code: 'CCCCCC', commit: { ...empty, docUpdate: bytes(5), command }, version: 2 },
      ]),
    ).rejects.toThrow();
    expect(await store.loadDoc('CCCCCC')).toMatchObject({ updates: [bytes(2)], version: 1 });
    expect(await store.loadCommands('CCCCCC')).toEqual([]);
  });

  it('counts commits, and refuses a whole batch holding a commit decided on another version', async () => {
    const store = await openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    await store.createWorkshop(record('CCCCCC'), empty);
    await commit(store, 'AAAAAA', { ...empty, docUpdate: bytes(1) });
    expect((await store.loadDoc('AAAAAA')).version).toBe(1);
    for (const version of [0, 2])
      await expect(
        store.commitBatch([
          { code: 'CCCCCC', commit: { ...empty, docUpdate: bytes(8) }, version: 0 },
          { code: 'AAAAAA', commit: { ...empty, docUpdate: bytes(9) }, version },
        ]),
      ).rejects.toThrow();
    expect(await store.loadDoc('AAAAAA')).toMatchObject({ updates: [bytes(1)], version: 1 });
    expect(await store.loadDoc('CCCCCC')).toMatchObject({ updates: [], version: 0 });
  });

  it('applies overlapping commits in the order they were made: one after a failed one fails too', async () => {
    const store = await openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    const command = { commandId: 'c1', actor: 'p1', type: 't', result: '{}', at: 1 };
    await commit(store, 'AAAAAA', { ...empty, command });
    const at = (version: number, docUpdate: Uint8Array, again = false) =>
      store.commitBatch([
        { code: 'AAAAAA', commit: { ...empty, docUpdate, command: again ? command : null }, version },
      ]);
    // Handed over together, before any answered: 1 lands, 2 fails (a duplicate id), so 3 finds version 2.
    const outcomes = await Promise.allSettled([at(1, bytes(1)), at(2, bytes(2), true), at(3, bytes(3))]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(await store.loadDoc('AAAAAA')).toMatchObject({ updates: [bytes(1)], version: 2 });
  });

  it('compacts the update log into a snapshot and keeps appending after it', async () => {
    const store = await openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), { ...empty, docUpdate: bytes(1) });
    await commit(store, 'AAAAAA', { ...empty, docUpdate: bytes(2) });
    expect(await store.updateCount('AAAAAA')).toBe(2);
    await store.compact('AAAAAA', bytes(1, 2));
    await commit(store, 'AAAAAA', { ...empty, docUpdate: bytes(3) });
    expect(await store.loadDoc('AAAAAA')).toEqual({ snapshot: bytes(1, 2), updates: [bytes(3)], version: 2 });
    expect(await store.updateCount('AAAAAA')).toBe(1);
  });

  it('deletes a workshop with every row of it, and nothing of another', async () => {
    const dir = tempDataDir();
    const store = await openAt(dir);
    const command = { commandId: 'c1', actor: 'p1', type: 't', result: '{}', at: 1 };
    const privateChanges = [{ collection: 'participants', id: 'p1', json: '{"name":"Ana"}' }];
    for (const code of ['AAAAAA', 'CCCCCC']) {
      await store.createWorkshop(record(code), { ...empty, docUpdate: bytes(1) });
      await commit(store, code, { docUpdate: bytes(2), privateChanges, command });
      await store.compact(code, bytes(1, 2));
      await commit(store, code, { ...empty, docUpdate: bytes(3) });
    }
    expect(await store.deleteWorkshop('AAAAAA')).toBe(true);
    expect(await store.deleteWorkshop('AAAAAA')).toBe(false);
    expect(await store.findWorkshop('AAAAAA')).toBeNull();
    expect((await store.listWorkshops()).map((w) => w.code)).toEqual(['CCCCCC']);
    expect(await store.loadDoc('CCCCCC')).toEqual({ snapshot: bytes(1, 2), updates: [bytes(3)], version: 2 });
    expect(await store.loadCommands('CCCCCC')).toHaveLength(1);
    // The code is free again, and a new workshop under it starts empty.
    await store.createWorkshop(record('AAAAAA'), empty);
    expect(await store.loadDoc('AAAAAA')).toEqual({ snapshot: null, updates: [], version: 0 });
    expect(await store.loadCommands('AAAAAA')).toEqual([]);
  });

  it('keeps everything across close and reopen', async () => {
    const dir = tempDataDir();
    const first = await open(dir);
    await first.createWorkshop(record('AAAAAA'), { ...empty, docUpdate: bytes(4) });
    await first.close();
    const second = await openAt(dir);
    expect(await second.findWorkshop('AAAAAA')).not.toBeNull();
    expect((await second.loadDoc('AAAAAA')).updates).toEqual([bytes(4)]);
  });
});

describe('sqlite durability', () => {
  it('runs in WAL mode with synchronous=FULL', async () => {
    const dir = tempDataDir();
    const store = createSqliteStore(dir);
    await store.createWorkshop(record('AAAAAA'), empty);
    await store.close();
    const db = new Database(path.join(dir, 'plenary.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(fs.existsSync(path.join(dir, 'plenary.sqlite'))).toBe(true);
  });

  it('writes and syncs on its own thread: the event loop keeps turning until the commit is done', async () => {
    const store = createSqliteStore(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    // 400 updates of 16 KB: tens of milliseconds of writing and one fsync, all on the store's thread.
    const batch = Array.from({ length: 400 }, (_, i) => ({
      code: 'AAAAAA',
      commit: { ...empty, docUpdate: new Uint8Array(16 * 1024).fill(i % 256) },
      version: i,
    }));
    let turns = 0;
    let committed = false;
    const turn = () => {
      if (committed) return;
      turns++;
      setImmediate(turn);
    };
    setImmediate(turn);
    await store.commitBatch(batch);
    committed = true;
    expect(turns, 'turns of the event loop while the batch was written').toBeGreaterThan(10);
    expect((await store.loadDoc('AAAAAA')).updates).toHaveLength(400);
    await store.close();
  });

  it('refuses to open where it cannot keep a file, and says why', async () => {
    const file = path.join(tempDataDir(), 'not-a-directory');
    fs.writeFileSync(file, '');
    const store = createSqliteStore(path.join(file, 'data'));
    await expect(store.opened).rejects.toThrow(/ENOTDIR/);
    await expect(store.listWorkshops()).rejects.toThrow(/ENOTDIR/);
  });
});
