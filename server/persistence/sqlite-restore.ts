/**
 * Puts a backup (sqlite-backup.ts) back as DATA_DIR's store, with the server stopped.
 *
 * "Is the server running?" is asked of SQLite's own locks rather than a pid file: every
 * connection to a WAL database holds a shared lock on the file for as long as it is open, and a
 * connection in `locking_mode = EXCLUSIVE` must take an exclusive one at its first read. That
 * fails at once (SQLITE_BUSY) while any process has the store open: the server, a backup being
 * taken, the migration tool. The OS drops the locks of a process that dies, so a server killed
 * with -9 leaves no stale lock, and no pid reused by another program is mistaken for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SIDE_FILE, SIDE_FILES_TABLE } from './sqlite-backup.ts';
import { SQLITE_FILE } from './sqlite-file.js';
import { inspectStore, type StoreSummary } from './sqlite-inspect.ts';
import { syncDirOf, syncFile } from './sync-file.ts';

export interface RestoreResult extends StoreSummary {
  /** What was in DATA_DIR before, renamed beside it (never deleted). */
  keptAside: string[];
  sideFiles: string[];
}

/** DATA_DIR's store is open in a running process. */
export class StoreInUseError extends Error {}

/** Restores `from` into `dataDir`; throws NotAStoreError or StoreInUseError without touching the current store. */
export function restoreStore(from: string, dataDir: string, now: Date = new Date()): RestoreResult {
  inspectStore(path.resolve(from));
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, SQLITE_FILE);
  const incoming = `${target}.restoring`;
  fs.copyFileSync(path.resolve(from), incoming);
  try {
    const sideFiles = takeSideFiles(incoming);
    // Checked again once copied: what arrived in DATA_DIR is whole.
    const summary = inspectStore(incoming);
    syncFile(incoming);
    if (fs.existsSync(target)) foldAndRelease(target);
    const suffix = `.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // Every links file goes aside with the store it belongs to, whether or not the copy carries its own.
    const links = fs.readdirSync(dataDir).filter((name) => SIDE_FILE.test(name));
    const current = [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`, ...links];
    const keptAside = current
      .filter((name) => fs.existsSync(path.join(dataDir, name)))
      .map((name) => {
        fs.renameSync(path.join(dataDir, name), path.join(dataDir, name + suffix));
        return name + suffix;
      });
    fs.renameSync(incoming, target);
    for (const f of sideFiles) fs.writeFileSync(path.join(dataDir, f.name), f.content, { mode: 0o600 });
    syncDirOf(target);
    return { ...summary, keptAside, sideFiles: sideFiles.map((f) => f.name) };
  } finally {
    fs.rmSync(incoming, { force: true });
  }
}

/**
 * Refuses while another process has `file` open; otherwise folds a killed server's WAL into the
 * file (so the copy kept aside is whole in one file) and closes it.
 */
function foldAndRelease(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
  } catch {
    return; // Not a database at all: nothing can be holding it as one; it is kept aside as it is.
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY')
      throw new StoreInUseError(
        `${file} is open in a running process (the Plenary server, or a backup): stop the server first`,
      );
    // Damaged or not a database: kept aside as it is.
  } finally {
    db.close();
  }
}

/** The side files a backup carries, taken out of the incoming copy so the store holds only its own tables. */
function takeSideFiles(copy: string): Array<{ name: string; content: Buffer }> {
  const db = new Database(copy, { fileMustExist: true });
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(SIDE_FILES_TABLE);
    if (!has) return [];
    const files = db.prepare(`SELECT name, content FROM ${SIDE_FILES_TABLE}`).all() as Array<{
      name: string;
      content: Buffer;
    }>;
    db.exec(`DROP TABLE ${SIDE_FILES_TABLE}`);
    db.exec('VACUUM');
    // Only a bare file name is written into DATA_DIR, whatever the copy says.
    return files.filter((f) => f.name === path.basename(f.name) && SIDE_FILE.test(f.name));
  } finally {
    db.close();
  }
}
