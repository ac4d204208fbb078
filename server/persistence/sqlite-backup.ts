/**
 * An online copy of the SQLite store, taken by a second process while the server writes.
 *
 * Why `VACUUM INTO` and not the backup API (`db.backup()`): the backup API copies pages in steps
 * and releases the source between them; a write by another connection (the server's thread, in
 * another process) restarts it from the first page, so under group commits every few milliseconds
 * it may never finish, and done in one step it is a plain read anyway. `VACUUM INTO` runs as ONE
 * read transaction: in WAL mode that reads one snapshot, every transaction committed before it
 * began and nothing after, never half a group commit; the server's writers are not blocked (they
 * append to the WAL meanwhile). Since a command is acknowledged only after its commit, every note
 * acknowledged before the copy began is in it. Only a checkpoint that empties the WAL (after a
 * compaction) waits for this reader, at most as long as the copy takes. The copy also holds no
 * free pages, so no deleted content, and SQLite does not sync it: this does, before naming it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from './sqlite-file.js';
import { inspectStore, type StoreSummary } from './sqlite-inspect.ts';
import { syncDirOf, syncFile } from './sync-file.ts';

/** Files of DATA_DIR besides the store that a restore needs: the built-in workshop's saved links. */
export const SIDE_FILE = /\.workshop\.json$/;

/** The table of a backup that carries those files (the restore takes it out again). */
export const SIDE_FILES_TABLE = 'plenary_backup_files';

export interface BackupResult extends StoreSummary {
  file: string;
  sideFiles: string[];
  ms: number;
}

/** A refusal the operator can act on (no store, a file in the way). */
export class BackupRefused extends Error {}

/** Copies the store of `dataDir` to `to`; refuses to replace an existing `to` unless `force`. */
export function backupStore(dataDir: string, to: string, options: { force?: boolean } = {}): BackupResult {
  const started = Date.now();
  const source = path.join(dataDir, SQLITE_FILE);
  if (!fs.existsSync(source)) throw new BackupRefused(`No Plenary store in ${dataDir} (no ${SQLITE_FILE})`);
  const target = path.resolve(to);
  const refuseExisting = () => {
    if (!options.force && fs.existsSync(target))
      throw new BackupRefused(`${target} exists: choose another name, or add --force to replace it`);
  };
  refuseExisting();
  // Written beside the target and renamed: an interrupted copy never carries the target's name.
  const partial = `${target}.partial-${process.pid}`;
  fs.rmSync(partial, { force: true });
  try {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      db.prepare('VACUUM INTO ?').run(partial);
    } finally {
      db.close();
    }
    const sideFiles = embedSideFiles(dataDir, partial);
    const summary = inspectStore(partial);
    syncFile(partial);
    refuseExisting();
    fs.renameSync(partial, target);
    syncDirOf(target);
    return { ...summary, file: target, sideFiles, ms: Date.now() - started };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** Puts DATA_DIR's side files into the copy, so one file is all a second laptop needs. */
function embedSideFiles(dataDir: string, copy: string): string[] {
  const names = fs.readdirSync(dataDir).filter((n) => SIDE_FILE.test(n));
  const db = new Database(copy);
  try {
    db.exec(`DROP TABLE IF EXISTS ${SIDE_FILES_TABLE}`);
    db.exec(`CREATE TABLE ${SIDE_FILES_TABLE} (name TEXT PRIMARY KEY, content BLOB NOT NULL)`);
    const put = db.prepare(`INSERT INTO ${SIDE_FILES_TABLE} (name, content) VALUES (?, ?)`);
    for (const name of names) put.run(name, fs.readFileSync(path.join(dataDir, name)));
  } finally {
    db.close();
  }
  return names;
}
