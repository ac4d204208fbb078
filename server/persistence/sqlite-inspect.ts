/**
 * Whether a file is a Plenary SQLite store, and what it holds: read by the backup (to report and
 * check its copy) and by the restore (to refuse anything else before DATA_DIR is touched).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, STORE_TABLES } from './sqlite-file.js';

export interface StoredWorkshop {
  code: string;
  title: string;
  createdAt: number;
}

export interface StoreSummary {
  schema: number;
  workshops: StoredWorkshop[];
  bytes: number;
}

/** A file that is not a sound Plenary store; the message says why, for the operator. */
export class NotAStoreError extends Error {}

/** Reads `file` without writing it; throws NotAStoreError unless it is a whole store of a schema this code knows. */
export function inspectStore(file: string): StoreSummary {
  if (!fs.existsSync(file)) throw new NotAStoreError(`${file} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new NotAStoreError(`${file} cannot be opened: ${messageOf(err)}`);
  }
  try {
    return summarise(db, file);
  } catch (err) {
    if (err instanceof NotAStoreError) throw err;
    throw new NotAStoreError(`${file} is not a Plenary store (${messageOf(err)})`);
  } finally {
    db.close();
  }
}

function summarise(db: Database.Database, file: string): StoreSummary {
  // A text file, or any other format, fails here with SQLITE_NOTADB.
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
      (t) => t.name,
    ),
  );
  const missing = STORE_TABLES.filter((t) => !tables.has(t));
  if (missing.length > 0) throw new NotAStoreError(`${file} is not a Plenary store (no table ${missing.join(', ')})`);
  const schema = db.pragma('user_version', { simple: true }) as number;
  if (schema > SCHEMA_VERSION)
    throw new NotAStoreError(`${file} has schema ${schema}, newer than this Plenary knows (${SCHEMA_VERSION})`);
  const problems = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  if (problems.join() !== 'ok') throw new NotAStoreError(`${file} is damaged: ${problems.slice(0, 3).join('; ')}`);
  const workshops = (
    db.prepare('SELECT code, title, created_at FROM workshops ORDER BY created_at').all() as Array<{
      code: string;
      title: string;
      created_at: number;
    }>
  ).map((r) => ({ code: r.code, title: r.title, createdAt: r.created_at }));
  return { schema, workshops, bytes: fs.statSync(file).size };
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
