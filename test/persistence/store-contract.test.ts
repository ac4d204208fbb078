/** The storage contract every adapter must pass: SQLite, and an asynchronous in-memory store that answers late. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Commit, WorkshopStore } from '../../server/persistence/port.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createMemoryStore, type MemoryData } from '../helpers/memory-store.ts';
import { tempDataDir } from '../helpers/server.ts';

interface Adapter {
  name: string;
  open(dir: string): WorkshopStore;
}

/** The in-memory store's data per directory, so a reopened store finds what a closed one wrote. */
const memory = new Map<string, MemoryData>();
const openMemory = (dir: string) => {
  const data = memory.get(dir) ?? new Map();
  memory.set(dir, data);
  return createMemoryStore({ latencyMs: 3 }, data);
};

const adapters: Adapter[] = [
  { name: 'sqlite', open: createSqliteStore },
  { name: 'asynchronous in-memory', open: openMemory },
];

const record = (code: string) => ({
  code,
  template: 'blank',
  title: 'T',
  facilitatorKeyHash: 'ab'.repeat(32),
  createdAt: 1,
});
const bytes = (...b: number[]) => Uint8Array.from(b);
const empty = { docUpdate: null, privateChanges: [], command: null };
const commit = (store: WorkshopStore, code: string, c: Commit) => store.commitBatch([{ code, commit: c }]);

describe.each(adapters)('$name store', ({ open }) => {
  const opened: WorkshopStore[] = [];
  const openAt = (dir: string) => {
    const s = open(dir);
    opened.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  });

  it('creates, finds and lists workshops', async () => {
    const store = openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), { ...empty, docUpdate: bytes(1, 2) });
    await store.createWorkshop(record('CCCCCC'), empty);
    expect(await store.findWorkshop('AAAAAA')).toEqual(record('AAAAAA'));
    expect(await store.findWorkshop('DDDDDD')).toBeNull();
    expect((await store.listWorkshops()).map((w) => w.code)).toEqual(['AAAAAA', 'CCCCCC']);
    expect(await store.loadDoc('AAAAAA')).toEqual({ snapshot: null, updates: [bytes(1, 2)] });
  });

  it('refuses a second workshop with the same code and keeps the first', async () => {
    const store = openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), { ...empty, docUpdate: bytes(1) });
    await expect(
      store.createWorkshop({ ...record('AAAAAA'), title: 'other' }, { ...empty, docUpdate: bytes(9) }),
    ).rejects.toThrow();
    expect((await store.findWorkshop('AAAAAA'))!.title).toBe('T');
    expect((await store.loadDoc('AAAAAA')).updates).toEqual([bytes(1)]);
  });

  it('commits a document update, private entities and the command together', async () => {
    const store = openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    await commit(store, 'AAAAAA', {
      docUpdate: bytes(7),
      privateChanges: [
        { collection: 'participants', id: 'p1', json: '{"n":1}' },
        { collection: 'participants', id: 'p2', json: '{"n":2}' },
      ],
      command: { commandId: 'c1', actor: 'p1', type: 'note:add', payload: '{}', result: '{"ok":true}', at: 5 },
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
    const store = openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    const command = { commandId: 'c1', actor: 'p1', type: 't', payload: '{}', result: '{}', at: 1 };
    await commit(store, 'AAAAAA', { docUpdate: bytes(1), privateChanges: [], command });
    await expect(
      commit(store, 'AAAAAA', {
        docUpdate: bytes(2),
        privateChanges: [{ collection: 'c', id: 'x', json: '{}' }],
        command,
      }),
    ).rejects.toThrow();
    expect((await store.loadDoc('AAAAAA')).updates).toEqual([bytes(1)]);
    expect(await store.loadPrivate('AAAAAA')).toEqual([]);
  });

  it('commits a batch across workshops in one transaction: all of it, or none of it', async () => {
    const store = openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), empty);
    await store.createWorkshop(record('CCCCCC'), empty);
    await store.commitBatch([
      { code: 'AAAAAA', commit: { ...empty, docUpdate: bytes(1) } },
      { code: 'CCCCCC', commit: { ...empty, docUpdate: bytes(2) } },
      { code: 'AAAAAA', commit: { ...empty, docUpdate: bytes(3) } },
    ]);
    expect((await store.loadDoc('AAAAAA')).updates).toEqual([bytes(1), bytes(3)]);
    expect((await store.loadDoc('CCCCCC')).updates).toEqual([bytes(2)]);
    const command = { commandId: 'c1', actor: 'p1', type: 't', payload: '{}', result: '{}', at: 1 };
    await expect(
      store.commitBatch([
        { code: 'CCCCCC', commit: { ...empty, docUpdate: bytes(4), command } },
        { code: 'CCCCCC', commit: { ...empty, docUpdate: bytes(5), command } },
      ]),
    ).rejects.toThrow();
    expect((await store.loadDoc('CCCCCC')).updates).toEqual([bytes(2)]);
    expect(await store.loadCommands('CCCCCC')).toEqual([]);
  });

  it('compacts the update log into a snapshot and keeps appending after it', async () => {
    const store = openAt(tempDataDir());
    await store.createWorkshop(record('AAAAAA'), { ...empty, docUpdate: bytes(1) });
    await commit(store, 'AAAAAA', { ...empty, docUpdate: bytes(2) });
    expect(await store.updateCount('AAAAAA')).toBe(2);
    await store.compact('AAAAAA', bytes(1, 2));
    await commit(store, 'AAAAAA', { ...empty, docUpdate: bytes(3) });
    expect(await store.loadDoc('AAAAAA')).toEqual({ snapshot: bytes(1, 2), updates: [bytes(3)] });
    expect(await store.updateCount('AAAAAA')).toBe(1);
  });

  it('keeps everything across close and reopen', async () => {
    const dir = tempDataDir();
    const first = open(dir);
    await first.createWorkshop(record('AAAAAA'), { ...empty, docUpdate: bytes(4) });
    await first.close();
    const second = openAt(dir);
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
