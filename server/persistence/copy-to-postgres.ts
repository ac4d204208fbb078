/**
 * Copies every workshop of the embedded store (document log and snapshot, private state,
 * command log, and the commit count) into PostgreSQL, for an organisation moving up. Each
 * workshop is copied in one transaction and checked afterwards, row counts and document alike.
 * A workshop that is already in PostgreSQL is refused, never overwritten.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as Y from 'yjs';
import { createLogger } from '../log.ts';
import type { WorkshopStore } from './port.ts';
import { openPostgresStore } from './postgres.ts';
import { createSqliteStore } from './sqlite.ts';

interface Counts {
  updates: number;
  snapshot: number;
  privateEntities: number;
  commands: number;
}

/** A row of SQLite's workshops table (server/persistence/sqlite-worker.js). */
interface WorkshopRow {
  code: string;
  template: string;
  title: string;
  facilitator_key_hash: string;
  created_at: number;
  version: number;
}

const COPY_SQL = {
  workshop: `INSERT INTO workshops (code, template, title, facilitator_key_hash, created_at, version, last_seq)
    VALUES ($1, $2, $3, $4, $5, $6, $7)`,
  snapshot: 'INSERT INTO doc_snapshots (code, snapshot, upto_seq) VALUES ($1, $2, 0)',
  updates: `INSERT INTO doc_updates (code, seq, update_bytes)
    SELECT $1, ord, b FROM unnest($2::bytea[]) WITH ORDINALITY AS t(b, ord)`,
  privates: `INSERT INTO private_entities (code, collection, id, json)
    SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])`,
  // Inputs are not copied: the log keeps none (server/persistence/port.ts, CommandRecord).
  commands: `INSERT INTO commands (code, actor, command_id, type, payload, result, at)
    SELECT $1, a, c, t, '', r, at FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) AS x(a, c, t, r, at)`,
};

/** Copies one workshop in one transaction; answers what it copied. */
async function copyWorkshop(sqlite: Database.Database, client: pg.PoolClient, w: WorkshopRow): Promise<Counts> {
  const snapshot = sqlite.prepare('SELECT snapshot FROM doc_snapshots WHERE code = ?').get(w.code) as
    | { snapshot: Buffer }
    | undefined;
  const updates = (
    sqlite.prepare('SELECT update_bytes FROM doc_updates WHERE code = ? ORDER BY seq').all(w.code) as Array<{
      update_bytes: Buffer;
    }>
  ).map((r) => r.update_bytes);
  const privates = sqlite
    .prepare('SELECT collection, id, json FROM private_entities WHERE code = ?')
    .all(w.code) as Array<Record<'collection' | 'id' | 'json', string>>;
  const commands = sqlite
    .prepare('SELECT actor, command_id, type, result, at FROM commands WHERE code = ?')
    .all(w.code) as Array<Record<'actor' | 'command_id' | 'type' | 'result', string> & { at: number }>;
  await client.query('BEGIN');
  try {
    const row = [w.code, w.template, w.title, w.facilitator_key_hash, w.created_at, w.version, updates.length];
    await client.query(COPY_SQL.workshop, row);
    if (snapshot) await client.query(COPY_SQL.snapshot, [w.code, snapshot.snapshot]);
    await client.query(COPY_SQL.updates, [w.code, updates]);
    const column = <T>(rows: T[], key: keyof T) => rows.map((r) => r[key]);
    await client.query(COPY_SQL.privates, [
      w.code,
      ...(['collection', 'id', 'json'] as const).map((k) => column(privates, k)),
    ]);
    const keys = ['actor', 'command_id', 'type', 'result', 'at'] as const;
    await client.query(COPY_SQL.commands, [w.code, ...keys.map((k) => column(commands, k))]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  return {
    updates: updates.length,
    snapshot: snapshot ? 1 : 0,
    privateEntities: privates.length,
    commands: commands.length,
  };
}

/** What PostgreSQL holds for `code`, counted the same way. */
async function countIn(client: pg.PoolClient, code: string): Promise<Counts> {
  const { rows } = await client.query<Record<keyof Counts, string>>(
    `SELECT (SELECT count(*) FROM doc_updates WHERE code = $1) AS updates,
            (SELECT count(*) FROM doc_snapshots WHERE code = $1) AS snapshot,
            (SELECT count(*) FROM private_entities WHERE code = $1) AS "privateEntities",
            (SELECT count(*) FROM commands WHERE code = $1) AS commands`,
    [code],
  );
  const r = rows[0]!;
  return { updates: +r.updates, snapshot: +r.snapshot, privateEntities: +r.privateEntities, commands: +r.commands };
}

/** The document a store holds for `code`, as one update, to compare two stores. */
async function documentOf(store: WorkshopStore, code: string): Promise<Uint8Array> {
  const stored = await store.loadDoc(code);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  const state = JSON.stringify(doc.toJSON());
  doc.destroy();
  return new TextEncoder().encode(state);
}

/** Copies every workshop of the SQLite store in `fromDir` into the PostgreSQL database at `toUrl`, and checks each. */
export async function copySqliteToPostgres(
  fromDir: string,
  toUrl: string,
  report: (line: string) => void,
  options: { requireDurable?: boolean } = {},
): Promise<number> {
  const log = createLogger('warn');
  const source = createSqliteStore(fromDir);
  const sqlite = new Database(path.join(fromDir, 'plenary.sqlite'), { readonly: true });
  const target = await openPostgresStore({ url: toUrl, poolSize: 2, log, ...options });
  const pool = new pg.Pool({ connectionString: toUrl, max: 1 });
  const client = await pool.connect();
  try {
    const workshops = sqlite.prepare('SELECT * FROM workshops ORDER BY created_at, code').all() as WorkshopRow[];
    const present = (
      await client.query<{ code: string }>('SELECT code FROM workshops WHERE code = ANY ($1)', [
        workshops.map((w) => w.code),
      ])
    ).rows.map((r) => r.code);
    if (present.length > 0)
      throw new Error(`already in PostgreSQL, not overwritten: ${present.join(', ')} (nothing was copied)`);
    for (const w of workshops) {
      const copied = await copyWorkshop(sqlite, client, w);
      const found = await countIn(client, w.code);
      if (JSON.stringify(found) !== JSON.stringify(copied))
        throw new Error(`${w.code}: copied ${JSON.stringify(copied)} but PostgreSQL holds ${JSON.stringify(found)}`);
      const [a, b] = await Promise.all([documentOf(source, w.code), documentOf(target, w.code)]);
      if (Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0)
        throw new Error(`${w.code}: the documents differ after the copy`);
      report(
        `${w.code} "${w.title}": ${copied.updates} updates${copied.snapshot ? ' and a snapshot' : ''}, ${copied.privateEntities} private entities, ${copied.commands} commands: checked`,
      );
    }
    return workshops.length;
  } finally {
    client.release();
    await pool.end();
    await target.close();
    await source.close();
    sqlite.close();
  }
}
