/**
 * The PostgreSQL schema as numbered migrations, applied in order on start and recorded in
 * `schema_migrations`. A database that has a migration this code does not know was written by
 * a newer server: it is refused rather than misread.
 */
import type { PoolClient } from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'workshops, the document log, private entities, the command log, plenary_commit',
    sql: `
CREATE TABLE workshops (
  code text PRIMARY KEY,
  template text NOT NULL,
  title text NOT NULL,
  facilitator_key_hash text NOT NULL,
  created_at bigint NOT NULL,
  -- Commits taken: a batch names the version each of its commits was decided on.
  version bigint NOT NULL DEFAULT 0,
  -- The last sequence number in doc_updates: "everything after N" is one index range.
  last_seq bigint NOT NULL DEFAULT 0
);
CREATE TABLE doc_snapshots (
  code text PRIMARY KEY REFERENCES workshops (code),
  snapshot bytea NOT NULL,
  upto_seq bigint NOT NULL
);
CREATE TABLE doc_updates (
  code text NOT NULL REFERENCES workshops (code),
  seq bigint NOT NULL,
  update_bytes bytea NOT NULL,
  PRIMARY KEY (code, seq)
);
CREATE TABLE private_entities (
  code text NOT NULL REFERENCES workshops (code),
  collection text NOT NULL,
  id text NOT NULL,
  json text NOT NULL,
  PRIMARY KEY (code, collection, id)
);
CREATE TABLE commands (
  code text NOT NULL REFERENCES workshops (code),
  actor text NOT NULL,
  command_id text NOT NULL,
  type text NOT NULL,
  payload text NOT NULL,
  result text NOT NULL,
  at bigint NOT NULL,
  PRIMARY KEY (code, actor, command_id)
);

-- One group commit in one round trip, all or nothing. Every workshop of the batch must be at
-- the version its first commit was decided on (its commits are numbered on from there), or the
-- whole batch is refused: a batch sent behind one that failed can never land.
CREATE FUNCTION plenary_commit(
  e_code text[], e_version bigint[],
  u_code text[], u_bytes bytea[],
  p_code text[], p_collection text[], p_id text[], p_json text[],
  c_code text[], c_actor text[], c_command_id text[], c_type text[], c_payload text[], c_result text[], c_at bigint[]
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  expected integer;
  bumped integer;
BEGIN
  SELECT count(DISTINCT c) INTO expected FROM unnest(e_code) AS c;
  -- Rows locked in code order, so two batches can never wait on each other.
  PERFORM 1 FROM workshops WHERE code = ANY (e_code) ORDER BY code FOR UPDATE;
  WITH e AS (
    SELECT c, min(v) AS first, max(v) AS last, count(*) AS n
    FROM unnest(e_code, e_version) AS t(c, v) GROUP BY c
  )
  UPDATE workshops w SET version = w.version + e.n
  FROM e WHERE w.code = e.c AND w.version = e.first AND e.last - e.first + 1 = e.n;
  GET DIAGNOSTICS bumped = ROW_COUNT;
  IF bumped <> expected THEN
    RAISE EXCEPTION 'plenary_stale_version' USING ERRCODE = 'PL001';
  END IF;

  WITH u AS (
    SELECT c, b, ord FROM unnest(u_code, u_bytes) WITH ORDINALITY AS t(c, b, ord)
  ), numbered AS (
    SELECT u.c, u.b, w.last_seq + row_number() OVER (PARTITION BY u.c ORDER BY u.ord) AS seq
    FROM u JOIN workshops w ON w.code = u.c
  )
  INSERT INTO doc_updates (code, seq, update_bytes) SELECT c, seq, b FROM numbered;
  UPDATE workshops w SET last_seq = w.last_seq + x.n
  FROM (SELECT c, count(*) AS n FROM unnest(u_code) AS c GROUP BY c) x WHERE w.code = x.c;

  -- The last change of each entity wins, as if the commits had run one after the other.
  WITH p AS (
    SELECT DISTINCT ON (c, col, id) c, col, id, j
    FROM unnest(p_code, p_collection, p_id, p_json) WITH ORDINALITY AS t(c, col, id, j, ord)
    ORDER BY c, col, id, ord DESC
  ), removed AS (
    DELETE FROM private_entities e USING p
    WHERE p.j IS NULL AND e.code = p.c AND e.collection = p.col AND e.id = p.id
  )
  INSERT INTO private_entities (code, collection, id, json)
  SELECT c, col, id, j FROM p WHERE j IS NOT NULL
  ON CONFLICT (code, collection, id) DO UPDATE SET json = excluded.json;

  INSERT INTO commands (code, actor, command_id, type, payload, result, at)
  SELECT * FROM unnest(c_code, c_actor, c_command_id, c_type, c_payload, c_result, c_at);
END
$$;
`,
  },
  {
    version: 2,
    name: 'the command log keeps no inputs: what earlier versions kept is cleared',
    sql: `UPDATE commands SET payload = '' WHERE payload <> '';`,
  },
  {
    version: 3,
    name: 'leases: one owner per workshop, judged by PostgreSQL clock; every commit and compaction fenced by the epoch',
    sql: `
-- Written to run again safely (IF NOT EXISTS, OR REPLACE), like every later migration may be.
-- The node holding the workshop, the lease's epoch (raised by every acquisition: the fencing
-- token) and when the lease lapses, on this database's clock. Epoch 0: never leased.
ALTER TABLE workshops ADD COLUMN IF NOT EXISTS owner_node text;
ALTER TABLE workshops ADD COLUMN IF NOT EXISTS owner_epoch bigint NOT NULL DEFAULT 0;
ALTER TABLE workshops ADD COLUMN IF NOT EXISTS lease_until timestamptz;
-- A node that was asked for a workshop someone else holds: the owner hands it over at its next renewal.
ALTER TABLE workshops ADD COLUMN IF NOT EXISTS handover_to text;

-- Takes the lease when it is free, lapsed or released; otherwise names the owner and, when
-- p_ask, asks it to hand over. No row: no such workshop.
CREATE OR REPLACE FUNCTION plenary_acquire(p_code text, p_node text, p_ttl_ms bigint, p_ask boolean)
RETURNS TABLE (granted boolean, epoch bigint, owner text) LANGUAGE plpgsql AS $$
DECLARE
  w workshops%ROWTYPE;
BEGIN
  SELECT * INTO w FROM workshops WHERE code = p_code FOR UPDATE;
  IF NOT FOUND THEN RETURN; END IF;
  IF w.owner_node IS NULL OR w.owner_node = p_node OR w.lease_until <= now() THEN
    UPDATE workshops SET owner_node = p_node, owner_epoch = owner_epoch + 1,
      lease_until = now() + p_ttl_ms * interval '1 millisecond', handover_to = NULL
    WHERE code = p_code RETURNING owner_epoch INTO w.owner_epoch;
    RETURN QUERY SELECT true, w.owner_epoch, p_node;
  ELSE
    IF p_ask THEN
      UPDATE workshops SET handover_to = p_node WHERE code = p_code;
    END IF;
    RETURN QUERY SELECT false, w.owner_epoch, w.owner_node;
  END IF;
END
$$;

-- One heartbeat for all of a node's leases: those still its own at those epochs are extended
-- (even if lapsed: nobody took them, so nobody wrote), and each says whether a node asked for it.
CREATE OR REPLACE FUNCTION plenary_renew(p_node text, p_codes text[], p_epochs bigint[], p_ttl_ms bigint)
RETURNS TABLE (code text, handover_to text) LANGUAGE sql AS $$
  UPDATE workshops w SET lease_until = now() + p_ttl_ms * interval '1 millisecond'
  FROM unnest(p_codes, p_epochs) AS t(c, e)
  WHERE w.code = t.c AND w.owner_node = p_node AND w.owner_epoch = t.e
  RETURNING w.code, w.handover_to
$$;

-- Gives leases back (graceful stop, an idle workshop unloaded, a hand-over): the next node takes them at once.
CREATE OR REPLACE FUNCTION plenary_release(p_node text, p_codes text[], p_epochs bigint[])
RETURNS void LANGUAGE sql AS $$
  UPDATE workshops w SET owner_node = NULL, lease_until = NULL
  FROM unnest(p_codes, p_epochs) AS t(c, e)
  WHERE w.code = t.c AND w.owner_node = p_node AND w.owner_epoch = t.e
$$;

-- The group commit, fenced: every workshop of the batch must still be at the epoch its commits
-- were decided under, checked under the row locks the commit then writes under, so a takeover
-- and a stale owner's batch are serialized by PostgreSQL and the stale one writes nothing.
CREATE OR REPLACE FUNCTION plenary_fenced_commit(
  e_code text[], e_version bigint[], e_epoch bigint[],
  u_code text[], u_bytes bytea[],
  p_code text[], p_collection text[], p_id text[], p_json text[],
  c_code text[], c_actor text[], c_command_id text[], c_type text[], c_payload text[], c_result text[], c_at bigint[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Rows locked in code order, so two batches can never wait on each other.
  PERFORM 1 FROM workshops WHERE code = ANY (e_code) ORDER BY code FOR UPDATE;
  IF EXISTS (
    SELECT 1 FROM unnest(e_code, e_epoch) AS t(c, e) JOIN workshops w ON w.code = t.c WHERE w.owner_epoch <> t.e
  ) THEN
    RAISE EXCEPTION 'plenary_fenced' USING ERRCODE = 'PL002';
  END IF;
  PERFORM plenary_commit(e_code, e_version, u_code, u_bytes, p_code, p_collection, p_id, p_json,
    c_code, c_actor, c_command_id, c_type, c_payload, c_result, c_at);
END
$$;

-- Compaction, fenced the same way: a stale owner must not replace a newer owner's snapshot.
CREATE OR REPLACE FUNCTION plenary_compact(p_code text, p_epoch bigint, p_snapshot bytea) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  upto bigint;
BEGIN
  SELECT last_seq INTO upto FROM workshops WHERE code = p_code AND owner_epoch = p_epoch FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'plenary_fenced' USING ERRCODE = 'PL002';
  END IF;
  INSERT INTO doc_snapshots (code, snapshot, upto_seq) VALUES (p_code, p_snapshot, upto)
  ON CONFLICT (code) DO UPDATE SET snapshot = excluded.snapshot, upto_seq = excluded.upto_seq;
  DELETE FROM doc_updates WHERE code = p_code AND seq <= upto;
END
$$;
`,
  },
];

/** The newest schema this code knows. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/**
 * Brings the database up to SCHEMA_VERSION, one transaction per migration, under a lock so two
 * servers starting at once do not both migrate. Refuses a database newer than this code.
 */
export async function migrate(client: PoolClient): Promise<void> {
  await client.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('plenary_schema_migrations'))");
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const found = rows[0]?.v ?? 0;
    if (found > SCHEMA_VERSION)
      throw new Error(
        `The database has schema ${found}, newer than this server knows (${SCHEMA_VERSION}): upgrade Plenary`,
      );
    for (const m of MIGRATIONS.filter((x) => x.version > found)) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
