// @ts-check
/**
 * The thread that owns the SQLite file (WAL with synchronous=FULL, every commit one transaction).
 * better-sqlite3 is synchronous: run on the main thread, every batch held the event loop for its
 * fsync. Here the fsync blocks only this thread while the main thread keeps serving sockets,
 * timers and other workshops (server/persistence/sqlite.ts). Requests run one at a time in the
 * order they were posted, and each answer is posted only once its transaction has committed.
 *
 * Plain JavaScript, type-checked by tsc: a worker does not inherit the TypeScript loader its
 * parent runs with, and registering one in each worker cost about a second per store opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, SQLITE_FILE } from './sqlite-file.js';

/**
 * @typedef {import('./port.ts').BatchEntry} BatchEntry
 * @typedef {import('./port.ts').Commit} Commit
 * @typedef {import('./port.ts').WorkshopRecord} WorkshopRecord
 * @typedef {import('./sqlite.ts').SqliteOps} SqliteOps
 * @typedef {import('./sqlite.ts').SqliteRequest} SqliteRequest
 * @typedef {import('./sqlite.ts').SqliteResponse} SqliteResponse
 * @typedef {{ code: string, template: string, title: string, facilitator_key_hash: string, created_at: number }} WorkshopRow
 * @typedef {{ actor: string, command_id: string, type: string, result: string }} CommandRow
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  code TEXT PRIMARY KEY, template TEXT NOT NULL, title TEXT NOT NULL,
  facilitator_key_hash TEXT NOT NULL, created_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 0);
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

/**
 * Reads the pragmas back: a store that silently lost durability must not accept commands, and one
 * that would leave deleted rows readable in free pages must not hold personal data.
 * @param {Database.Database} db
 */
function assertDurable(db) {
  const mode = db.pragma('journal_mode', { simple: true });
  const sync = db.pragma('synchronous', { simple: true });
  const secureDelete = db.pragma('secure_delete', { simple: true });
  if (mode !== 'wal' || sync !== 2 || secureDelete !== 1) {
    throw new Error(
      `SQLite durability not in force (journal_mode=${String(mode)}, synchronous=${String(sync)}, secure_delete=${String(secureDelete)}); refusing to start`,
    );
  }
}

/**
 * Brings a file of any earlier schema up to SCHEMA_VERSION; refuses one written by a newer server.
 * @param {Database.Database} db
 */
function migrate(db) {
  const found = /** @type {number} */ (db.pragma('user_version', { simple: true }));
  if (found > SCHEMA_VERSION)
    throw new Error(
      `The SQLite file has schema ${found}, newer than this server knows (${SCHEMA_VERSION}): upgrade Plenary`,
    );
  db.exec(SCHEMA);
  // Files from before versions were kept lack the column; their count starts here.
  const columns = /** @type {Array<{ name: string }>} */ (db.prepare('PRAGMA table_info(workshops)').all());
  if (!columns.some((c) => c.name === 'version'))
    db.exec('ALTER TABLE workshops ADD COLUMN version INTEGER NOT NULL DEFAULT 0');
  // Schema 2: the command log keeps no inputs (port.ts, CommandRecord); what earlier versions kept goes.
  if (found < 2) db.exec("UPDATE commands SET payload = '' WHERE payload <> ''");
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}

/**
 * Copies the WAL into the file and empties it: until then the WAL still holds the pages as they
 * were before a delete, old texts included. Run after a compaction (or a deletion), when the log
 * has just lost what nobody may read again.
 * @param {Database.Database} db
 */
function forgetOldPages(db) {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * @param {WorkshopRow} r
 * @returns {WorkshopRecord}
 */
function toRecord(r) {
  return {
    code: r.code,
    template: r.template,
    title: r.title,
    facilitatorKeyHash: r.facilitator_key_hash,
    createdAt: r.created_at,
  };
}

/**
 * A view of the bytes that better-sqlite3 binds as a BLOB (it takes Buffers, not plain Uint8Arrays).
 * @param {Uint8Array} bytes
 */
const blob = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Opens (or creates) the database in `dataDir`; refuses to run unless durability pragmas hold.
 * @param {string} dataDir
 * @returns {SqliteOps}
 */
function openSqlite(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted content is overwritten with zeros, not left in free pages: deleting a note deletes it.
  db.pragma('secure_delete = ON');
  assertDurable(db);
  migrate(db);
  forgetOldPages(db);

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
      // The input is not kept (CommandRecord): the column older files have stays empty.
      "INSERT INTO commands (code, actor, command_id, type, payload, result, at) VALUES (?, ?, ?, ?, '', ?, ?)",
    ),
    loadCommands: db.prepare('SELECT actor, command_id, type, result FROM commands WHERE code = ?'),
    version: db.prepare('SELECT version FROM workshops WHERE code = ?'),
    deleteRows: ['doc_snapshots', 'doc_updates', 'private_entities', 'commands', 'workshops'].map((table) =>
      db.prepare(`DELETE FROM ${table} WHERE code = ?`),
    ),
    setKeyHash: db.prepare('UPDATE workshops SET facilitator_key_hash = ? WHERE code = ?'),
    bumpVersion: db.prepare('UPDATE workshops SET version = version + 1 WHERE code = ? AND version = ?'),
  };

  /**
   * @param {string} code
   * @param {Commit} c
   */
  const writeCommit = (code, c) => {
    if (c.docUpdate) q.appendUpdate.run(code, blob(c.docUpdate));
    for (const e of c.privateChanges) {
      if (e.json === null) q.deletePrivate.run(code, e.collection, e.id);
      else q.putPrivate.run(code, e.collection, e.id, e.json);
    }
    if (c.command) {
      const r = c.command;
      q.insertCommand.run(code, r.actor, r.commandId, r.type, r.result, r.at);
    }
  };
  const commitTx = db.transaction((/** @type {BatchEntry[]} */ batch) => {
    for (const { code, commit, version } of batch) {
      // Thrown inside the transaction: the whole batch rolls back.
      if (q.bumpVersion.run(code, version).changes !== 1) throw new Error(`stale version ${version} for ${code}`);
      writeCommit(code, commit);
    }
  });
  const createTx = db.transaction((/** @type {WorkshopRecord} */ r, /** @type {Commit} */ initial) => {
    q.insertWorkshop.run(r.code, r.template, r.title, r.facilitatorKeyHash, r.createdAt);
    writeCommit(r.code, initial);
  });
  const deleteTx = db.transaction(
    (/** @type {string} */ code) => q.deleteRows.map((statement) => statement.run(code).changes).at(-1) === 1,
  );
  const compactTx = db.transaction((/** @type {string} */ code, /** @type {Uint8Array} */ snapshot) => {
    q.putSnapshot.run(code, blob(snapshot));
    q.dropUpdates.run(code);
  });

  return {
    createWorkshop: (record, initial) => void createTx(record, initial),
    findWorkshop(code) {
      const row = /** @type {WorkshopRow | undefined} */ (q.findWorkshop.get(code));
      return row ? toRecord(row) : null;
    },
    listWorkshops: () => /** @type {WorkshopRow[]} */ (q.listWorkshops.all()).map(toRecord),
    loadDoc(code) {
      const snap = /** @type {{ snapshot: Buffer } | undefined} */ (q.snapshot.get(code));
      const rows = /** @type {Array<{ update_bytes: Buffer }>} */ (q.updates.all(code));
      // Each its own exact ArrayBuffer (not a view of a pool), so it can be moved to the main thread.
      const updates = rows.map((r) => new Uint8Array(r.update_bytes));
      const version = /** @type {{ version: number } | undefined} */ (q.version.get(code))?.version ?? 0;
      return { snapshot: snap ? new Uint8Array(snap.snapshot) : null, updates, version };
    },
    loadPrivate: (code) =>
      /** @type {Array<{ collection: string, id: string, json: string }>} */ (q.loadPrivate.all(code)),
    commitBatch: (batch) => void commitTx(batch),
    loadCommands: (code) =>
      /** @type {CommandRow[]} */ (q.loadCommands.all(code)).map((row) => ({
        commandId: row.command_id,
        actor: row.actor,
        type: row.type,
        result: row.result,
      })),
    compact(code, snapshot) {
      compactTx(code, snapshot);
      forgetOldPages(db);
    },
    updateCount: (code) => /** @type {{ n: number }} */ (q.updateCount.get(code)).n,
    deleteWorkshop(code) {
      const existed = deleteTx(code);
      forgetOldPages(db);
      return existed;
    },
    setFacilitatorKeyHash: (code, hash) => q.setKeyHash.run(hash, code).changes === 1,
    close: () => void db.close(),
  };
}

/**
 * The ArrayBuffers a loaded document holds, moved to the main thread rather than copied.
 * @param {SqliteRequest} req
 * @param {unknown} value
 * @returns {ArrayBuffer[]}
 */
function transferablesOf(req, value) {
  if (req.op !== 'loadDoc') return [];
  const doc = /** @type {ReturnType<SqliteOps['loadDoc']>} */ (value);
  return [...(doc.snapshot ? [doc.snapshot] : []), ...doc.updates].map((b) => /** @type {ArrayBuffer} */ (b.buffer));
}

/**
 * Answers the main thread's requests, in order, until it asks to close.
 * @param {import('node:worker_threads').MessagePort} port
 * @param {SqliteOps} db
 */
function serve(port, db) {
  port.postMessage(/** @type {SqliteResponse} */ ({ ready: true }));
  port.on('message', (/** @type {SqliteRequest} */ req) => {
    /** @type {unknown} */
    let value;
    try {
      value = /** @type {(...args: unknown[]) => unknown} */ (db[req.op])(...req.args);
    } catch (err) {
      const e = /** @type {{ message?: string, code?: string }} */ (err);
      port.postMessage({ id: req.id, error: { message: String(e?.message ?? err), code: e?.code } });
      return;
    }
    port.postMessage(/** @type {SqliteResponse} */ ({ id: req.id, value: value ?? null }), transferablesOf(req, value));
    // Closed: nothing more will come, and the thread ends once its last answer is out.
    if (req.op === 'close') port.close();
  });
}

// Opening can throw (durability not in force, a directory we may not write): the worker's 'error' says why.
serve(/** @type {import('node:worker_threads').MessagePort} */ (parentPort), openSqlite(workerData.dataDir));
