/** The embedded store: one SQLite file, WAL with synchronous=FULL, every commit one transaction. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BatchEntry, Commit, StoredDoc, WorkshopRecord, WorkshopStore } from './port.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  code TEXT PRIMARY KEY, template TEXT NOT NULL, title TEXT NOT NULL,
  facilitator_key_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS doc_snapshots (code TEXT PRIMARY KEY, snapshot BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS doc_updates (
  code TEXT NOT NULL, seq INTEGER PRIMARY KEY AUTOINCREMENT, update_bytes BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS doc_updates_code ON doc_updates (code, seq);
CREATE TABLE IF NOT EXISTS private_entities (
  code TEXT NOT NULL, collection TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (code, collection, id));
CREATE TABLE IF NOT EXISTS commands (
  code TEXT NOT NULL, actor TEXT NOT NULL, command_id TEXT NOT NULL, type TEXT NOT NULL,
  payload TEXT NOT NULL, result TEXT NOT NULL, at INTEGER NOT NULL,
  PRIMARY KEY (code, actor, command_id));
`;

/** Opens (or creates) the store in `dataDir`; refuses to run unless durability pragmas hold. */
export function createSqliteStore(dataDir: string): WorkshopStore {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'plenary.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  assertDurable(db);
  db.exec(SCHEMA);

  const q = {
    insertWorkshop: db.prepare(
      'INSERT INTO workshops (code, template, title, facilitator_key_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    findWorkshop: db.prepare('SELECT * FROM workshops WHERE code = ?'),
    listWorkshops: db.prepare('SELECT * FROM workshops ORDER BY created_at'),
    snapshot: db.prepare('SELECT snapshot FROM doc_snapshots WHERE code = ?'),
    updates: db.prepare('SELECT update_bytes FROM doc_updates WHERE code = ? ORDER BY seq'),
    updateCount: db.prepare('SELECT count(*) AS n FROM doc_updates WHERE code = ?'),
    appendUpdate: db.prepare('INSERT INTO doc_updates (code, update_bytes) VALUES (?, ?)'),
    putSnapshot: db.prepare(
      'INSERT INTO doc_snapshots (code, snapshot) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET snapshot = excluded.snapshot',
    ),
    dropUpdates: db.prepare('DELETE FROM doc_updates WHERE code = ?'),
    loadPrivate: db.prepare('SELECT collection, id, json FROM private_entities WHERE code = ?'),
    putPrivate: db.prepare(
      'INSERT INTO private_entities (code, collection, id, json) VALUES (?, ?, ?, ?) ON CONFLICT (code, collection, id) DO UPDATE SET json = excluded.json',
    ),
    deletePrivate: db.prepare('DELETE FROM private_entities WHERE code = ? AND collection = ? AND id = ?'),
    insertCommand: db.prepare(
      'INSERT INTO commands (code, actor, command_id, type, payload, result, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    loadCommands: db.prepare('SELECT actor, command_id, type, result FROM commands WHERE code = ?'),
  };

  const writeCommit = (code: string, c: Commit) => {
    if (c.docUpdate) q.appendUpdate.run(code, Buffer.from(c.docUpdate));
    for (const e of c.privateChanges) {
      if (e.json === null) q.deletePrivate.run(code, e.collection, e.id);
      else q.putPrivate.run(code, e.collection, e.id, e.json);
    }
    if (c.command) {
      const r = c.command;
      q.insertCommand.run(code, r.actor, r.commandId, r.type, r.payload, r.result, r.at);
    }
  };
  const commitTx = db.transaction((batch: BatchEntry[]) => {
    for (const { code, commit } of batch) writeCommit(code, commit);
  });
  const createTx = db.transaction((r: WorkshopRecord, initial: Commit) => {
    q.insertWorkshop.run(r.code, r.template, r.title, r.facilitatorKeyHash, r.createdAt);
    writeCommit(r.code, initial);
  });
  const compactTx = db.transaction((code: string, snapshot: Uint8Array) => {
    q.putSnapshot.run(code, Buffer.from(snapshot));
    q.dropUpdates.run(code);
  });

  return {
    async createWorkshop(record, initial) {
      createTx(record, initial);
    },
    async findWorkshop(code) {
      const row = q.findWorkshop.get(code) as WorkshopRow | undefined;
      return row ? toRecord(row) : null;
    },
    async listWorkshops() {
      return (q.listWorkshops.all() as WorkshopRow[]).map(toRecord);
    },
    async loadDoc(code): Promise<StoredDoc> {
      const snap = q.snapshot.get(code) as { snapshot: Buffer } | undefined;
      const updates = (q.updates.all(code) as Array<{ update_bytes: Buffer }>).map(
        (r) => new Uint8Array(r.update_bytes),
      );
      return { snapshot: snap ? new Uint8Array(snap.snapshot) : null, updates };
    },
    async loadPrivate(code) {
      return q.loadPrivate.all(code) as Array<{ collection: string; id: string; json: string }>;
    },
    async commitBatch(batch) {
      commitTx(batch);
    },
    async loadCommands(code) {
      return (q.loadCommands.all(code) as CommandRow[]).map((row) => ({
        commandId: row.command_id,
        actor: row.actor,
        type: row.type,
        result: row.result,
      }));
    },
    async compact(code, snapshot) {
      compactTx(code, snapshot);
    },
    async updateCount(code) {
      return (q.updateCount.get(code) as { n: number }).n;
    },
    async close() {
      db.close();
    },
  };
}

/** Reads the pragmas back: a store that silently lost durability must not accept commands. */
function assertDurable(db: Database.Database): void {
  const mode = db.pragma('journal_mode', { simple: true });
  const sync = db.pragma('synchronous', { simple: true });
  if (mode !== 'wal' || sync !== 2) {
    throw new Error(
      `SQLite durability not in force (journal_mode=${String(mode)}, synchronous=${String(sync)}); refusing to start`,
    );
  }
}

interface WorkshopRow {
  code: string;
  template: string;
  title: string;
  facilitator_key_hash: string;
  created_at: number;
}
interface CommandRow {
  actor: string;
  command_id: string;
  type: string;
  result: string;
}

function toRecord(r: WorkshopRow): WorkshopRecord {
  return {
    code: r.code,
    template: r.template,
    title: r.title,
    facilitatorKeyHash: r.facilitator_key_hash,
    createdAt: r.created_at,
  };
}
