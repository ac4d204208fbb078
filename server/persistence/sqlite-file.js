// @ts-check
/**
 * What the SQLite store's file is, shared by the thread that owns it (sqlite-worker.js) and the
 * tools that copy it while it runs or put a copy back (sqlite-backup.ts, sqlite-restore.ts).
 * Plain JavaScript so the worker can import it without a TypeScript loader.
 */

/** The store's file in DATA_DIR (with its `-wal` and `-shm` beside it while open). */
export const SQLITE_FILE = 'plenary.sqlite';

/** The schema this code writes (`PRAGMA user_version`); a newer file is refused rather than misread. */
export const SCHEMA_VERSION = 2;

/** The tables every Plenary store has: a file without them is not one. */
export const STORE_TABLES = ['workshops', 'doc_snapshots', 'doc_updates', 'private_entities', 'commands'];
