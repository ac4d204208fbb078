/**
 * The PostgreSQL store (node-postgres), for an organisation that runs many workshops or more
 * than one node. The same data as the SQLite store; a group commit is one call of
 * `plenary_commit` (one round trip, all or nothing), and commits are sent in the order they
 * were made, so a batch handed over before the last one answered lands after it, or not at all.
 */
import pg from 'pg';
import type { Logger } from '../log.ts';
import { migrate } from './postgres-schema.ts';
import {
  Fenced,
  StoreUnavailable,
  type BatchEntry,
  type HeldLease,
  type LeaseStore,
  type Commit,
  type StoredDoc,
  type WorkshopRecord,
  type WorkshopStore,
} from './port.ts';

export interface PostgresOptions {
  url: string;
  /** Connections kept open at most. */
  poolSize: number;
  /**
   * Refuse to start unless every acknowledged commit is on disk (`fsync` and `synchronous_commit`
   * on). Only tests on a throwaway cluster turn this off.
   */
  requireDurable?: boolean;
  log: Logger;
}

/** Connection-level failures: the database is not reachable, as opposed to refusing what was sent. */
function unreachable(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  // SQLSTATE classes 08 (connection), 53 (resources), 57P (shutting down or starting).
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return /^(08|53|57P)/.test(code);
  return true;
}

/**
 * A batch refused because it was decided on a version that an earlier batch, which failed while the
 * database was going away, never wrote. Nothing of it was written either, and it fails for the same
 * reason: the sender may send it again, as after an unreachable database.
 */
const STALE_VERSION = 'PL001';
/** A commit or compaction under a lease epoch that is no longer the workshop's: another node took it over. */
const FENCED = 'PL002';

/** What a failed call throws: StoreUnavailable when the database could not be reached, Fenced when the lease moved. */
function classify(err: unknown): Error {
  if ((err as { code?: unknown }).code === FENCED) return new Fenced(err);
  if (unreachable(err) || (err as { code?: unknown }).code === STALE_VERSION) return new StoreUnavailable(err);
  return err instanceof Error ? err : new Error(String(err));
}

const bytes = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

interface WorkshopRow {
  code: string;
  template: string;
  title: string;
  facilitator_key_hash: string;
  created_at: string;
}

const toRecord = (r: WorkshopRow): WorkshopRecord => ({
  code: r.code,
  template: r.template,
  title: r.title,
  facilitatorKeyHash: r.facilitator_key_hash,
  createdAt: Number(r.created_at),
});

/** The arrays `plenary_commit` takes: one list per column, so a whole batch is one call. */
function commitArguments(batch: BatchEntry[]): unknown[] {
  const a = {
    eCode: [] as string[],
    eVersion: [] as number[],
    eEpoch: [] as number[],
    uCode: [] as string[],
    uBytes: [] as Buffer[],
    pCode: [] as string[],
    pCollection: [] as string[],
    pId: [] as string[],
    pJson: [] as Array<string | null>,
    c: [[], [], [], [], [], [], []] as unknown[][],
  };
  for (const { code, commit, version, epoch } of batch) {
    a.eCode.push(code);
    a.eVersion.push(version);
    a.eEpoch.push(epoch ?? 0);
    if (commit.docUpdate) {
      a.uCode.push(code);
      a.uBytes.push(bytes(commit.docUpdate));
    }
    for (const p of commit.privateChanges) {
      a.pCode.push(code);
      a.pCollection.push(p.collection);
      a.pId.push(p.id);
      a.pJson.push(p.json);
    }
    const r = commit.command;
    if (!r) continue;
    // The input is not kept (CommandRecord): the column stays empty.
    const row = [code, r.actor, r.commandId, r.type, '', r.result, r.at];
    for (const [i, v] of row.entries()) a.c[i]!.push(v);
  }
  return [a.eCode, a.eVersion, a.eEpoch, a.uCode, a.uBytes, a.pCode, a.pCollection, a.pId, a.pJson, ...a.c];
}

const COMMIT_SQL = `SELECT plenary_fenced_commit($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::bytea[], $6::text[],
  $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
  $16::bigint[])`;

/** A new workshop and its first commit in one statement (its version stays 0: the first batch is decided on it). */
const CREATE_SQL = `WITH w AS (
  INSERT INTO workshops (code, template, title, facilitator_key_hash, created_at, last_seq)
  VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::bytea IS NULL THEN 0 ELSE 1 END) RETURNING code
), u AS (
  INSERT INTO doc_updates (code, seq, update_bytes) SELECT code, 1, $6::bytea FROM w WHERE $6::bytea IS NOT NULL
), p AS (
  INSERT INTO private_entities (code, collection, id, json)
  SELECT w.code, t.col, t.id, t.j FROM w, unnest($7::text[], $8::text[], $9::text[]) AS t(col, id, j) WHERE t.j IS NOT NULL
)
INSERT INTO commands (code, actor, command_id, type, payload, result, at)
SELECT w.code, t.* FROM w, unnest($10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::bigint[]) AS t`;

/** The snapshot, the updates after it and the version, read in one statement (one consistent view). */
const LOAD_DOC_SQL = `SELECT w.version, s.snapshot,
  (SELECT array_agg(u.update_bytes ORDER BY u.seq) FROM doc_updates u
   WHERE u.code = w.code AND u.seq > coalesce(s.upto_seq, 0)) AS updates
FROM workshops w LEFT JOIN doc_snapshots s ON s.code = w.code WHERE w.code = $1`;

/** The leases, as lists of codes and epochs (one statement for all of a node's leases). */
function leaseStore(query: Query): LeaseStore {
  const lists = (held: HeldLease[]) => [held.map((h) => h.code), held.map((h) => h.epoch)];
  return {
    async acquire(code, node, ttlMs, ask) {
      const { rows } = await query<{ granted: boolean; epoch: string; owner: string }>(
        'SELECT * FROM plenary_acquire($1, $2, $3, $4)',
        [code, node, ttlMs, ask],
      );
      const row = rows[0];
      if (!row) return null;
      return row.granted ? { granted: true, epoch: Number(row.epoch) } : { granted: false, owner: row.owner };
    },
    async renew(node, held, ttlMs) {
      if (held.length === 0) return [];
      const { rows } = await query<{ code: string; handover_to: string | null }>(
        'SELECT * FROM plenary_renew($1, $2::text[], $3::bigint[], $4)',
        [node, ...lists(held), ttlMs],
      );
      return rows.map((r) => ({ code: r.code, handoverTo: r.handover_to }));
    },
    async release(node, held) {
      if (held.length > 0) await query('SELECT plenary_release($1, $2::text[], $3::bigint[])', [node, ...lists(held)]);
    },
  };
}

type Query = <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<pg.QueryResult<R>>;

/** Every row of a workshop, children first, in one statement (one transaction). */
const DELETE_SQL = `WITH s AS (DELETE FROM doc_snapshots WHERE code = $1),
  u AS (DELETE FROM doc_updates WHERE code = $1),
  p AS (DELETE FROM private_entities WHERE code = $1),
  c AS (DELETE FROM commands WHERE code = $1)
DELETE FROM workshops WHERE code = $1`;

/** Connects, checks durability, migrates the schema; refuses to start if any of it fails. */
export async function openPostgresStore(options: PostgresOptions): Promise<WorkshopStore> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection the server dropped (a restart): the pool replaces it; the next query reconnects.
  pool.on('error', (err) => options.log.warn('postgres_idle_connection_lost', { error: err.message }));
  try {
    const client = await pool.connect();
    try {
      if (options.requireDurable !== false) await assertDurable(client);
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }

  const query: Query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
    try {
      return await pool.query<R>(sql, params);
    } catch (err) {
      throw classify(err);
    }
  };
  /** Commits go one after the other, in the order they were made. */
  let commits: Promise<unknown> = Promise.resolve();
  /**
   * Runs `sql` after every write already sent: a deletion or a key change is ordered with the
   * commits, so none sent before it can land after it. Answers how many rows it changed.
   */
  const afterCommits = async (sql: string, params: unknown[]): Promise<number> => {
    const done = commits.then(() => query(sql, params));
    commits = done.catch(() => undefined);
    return (await done).rowCount ?? 0;
  };

  return {
    leases: leaseStore(query),
    async createWorkshop(record: WorkshopRecord, initial: Commit) {
      const live = initial.privateChanges.filter((p) => p.json !== null);
      const r = initial.command;
      await query(CREATE_SQL, [
        record.code,
        record.template,
        record.title,
        record.facilitatorKeyHash,
        record.createdAt,
        initial.docUpdate ? bytes(initial.docUpdate) : null,
        live.map((p) => p.collection),
        live.map((p) => p.id),
        live.map((p) => p.json),
        ...(r ? [[r.actor], [r.commandId], [r.type], [''], [r.result], [r.at]] : [[], [], [], [], [], []]),
      ]);
    },
    async findWorkshop(code) {
      const { rows } = await query<WorkshopRow>('SELECT * FROM workshops WHERE code = $1', [code]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async listWorkshops() {
      const { rows } = await query<WorkshopRow>('SELECT * FROM workshops ORDER BY created_at, code');
      return rows.map(toRecord);
    },
    async loadDoc(code): Promise<StoredDoc> {
      const { rows } = await query<{ version: string; snapshot: Buffer | null; updates: Buffer[] | null }>(
        LOAD_DOC_SQL,
        [code],
      );
      const row = rows[0];
      if (!row) return { snapshot: null, updates: [], version: 0 };
      return {
        snapshot: row.snapshot ? new Uint8Array(row.snapshot) : null,
        updates: (row.updates ?? []).map((u) => new Uint8Array(u)),
        version: Number(row.version),
      };
    },
    async loadPrivate(code) {
      const { rows } = await query<{ collection: string; id: string; json: string }>(
        'SELECT collection, id, json FROM private_entities WHERE code = $1',
        [code],
      );
      return rows;
    },
    async loadCommands(code) {
      const { rows } = await query<{ actor: string; command_id: string; type: string; result: string }>(
        'SELECT actor, command_id, type, result FROM commands WHERE code = $1',
        [code],
      );
      return rows.map((row) => ({ commandId: row.command_id, actor: row.actor, type: row.type, result: row.result }));
    },
    async commitBatch(batch) {
      await afterCommits(COMMIT_SQL, commitArguments(batch));
    },
    async compact(code, snapshot, epoch = 0) {
      await query('SELECT plenary_compact($1, $2, $3)', [code, epoch, bytes(snapshot)]);
    },
    async updateCount(code) {
      const { rows } = await query<{ n: string }>('SELECT count(*) AS n FROM doc_updates WHERE code = $1', [code]);
      return Number(rows[0]?.n ?? 0);
    },
    async deleteWorkshop(code) {
      return (await afterCommits(DELETE_SQL, [code])) === 1;
    },
    async setFacilitatorKeyHash(code, hash) {
      return (await afterCommits('UPDATE workshops SET facilitator_key_hash = $2 WHERE code = $1', [code, hash])) === 1;
    },
    async ping() {
      await query('SELECT 1');
    },
    async close() {
      await commits;
      await pool.end();
    },
  };
}

/** Reads the settings back: a database that would acknowledge commits it has not flushed must not take any. */
async function assertDurable(client: pg.PoolClient): Promise<void> {
  const read = async (name: string) => (await client.query<Record<string, string>>(`SHOW ${name}`)).rows[0]?.[name];
  const fsync = await read('fsync');
  const synchronousCommit = await read('synchronous_commit');
  if (fsync !== 'on' || synchronousCommit !== 'on')
    throw new Error(
      `PostgreSQL durability not in force (fsync=${fsync}, synchronous_commit=${synchronousCommit}); refusing to start`,
    );
}
