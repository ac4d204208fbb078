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
