/**
 * The backup and restore of the SQLite store as files (server/persistence/sqlite-backup.ts,
 * sqlite-restore.ts): what a copy carries, what a restore keeps aside, and what it refuses.
 * The real-server run with 30 writers is test/ops/backup.test.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkshopStore } from '../../server/persistence/port.ts';
import { backupStore, BackupRefused } from '../../server/persistence/sqlite-backup.ts';
import { NotAStoreError } from '../../server/persistence/sqlite-inspect.ts';
import { restoreStore, StoreInUseError } from '../../server/persistence/sqlite-restore.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { tempDataDir } from '../helpers/server.ts';
import { emptyCommit, record } from '../helpers/store-records.ts';

const LINKS = 'ilo-coop-2018.workshop.json';

const opened: WorkshopStore[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

/** A DATA_DIR whose store holds `codes`, open as a server holds it, with the built-in workshop's links. */
async function dataDirWith(codes: string[]): Promise<{ dir: string; store: WorkshopStore }> {
  const dir = tempDataDir();
  const store = createSqliteStore(dir);
  opened.push(store);
  for (const code of codes) await store.createWorkshop(record(code), emptyCommit);
  fs.writeFileSync(path.join(dir, LINKS), JSON.stringify({ code: codes[0], facilitatorKey: `key-of-${codes[0]}` }));
  return { dir, store };
}

function codesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const codes = (db.prepare('SELECT code FROM workshops ORDER BY code').all() as Array<{ code: string }>).map(
    (r) => r.code,
  );
  db.close();
  return codes;
}

describe('backup and restore of the SQLite store', () => {
  it('copies an open store with its links; the restore puts both back and keeps what was there aside', async () => {
    const a = await dataDirWith(['AAAAAA', 'AAAAAB']);
    const file = path.join(tempDataDir(), 'copy.sqlite');
    const copied = backupStore(a.dir, file);
    expect(copied.workshops.map((w) => w.code)).toEqual(['AAAAAA', 'AAAAAB']);
    expect(copied.sideFiles).toEqual([LINKS]);
    expect(() => backupStore(a.dir, file)).toThrow(BackupRefused);
    expect(backupStore(a.dir, file, { force: true }).workshops).toHaveLength(2);
    // While a process holds it open (here this one, through the store's thread), it is not replaced.
    expect(() => restoreStore(file, a.dir)).toThrow(StoreInUseError);

    const b = await dataDirWith(['BBBBBB']);
    await b.store.close();
    const restored = restoreStore(file, b.dir, new Date('2026-12-02T10:00:00Z'));
    const suffix = '.before-restore-2026-12-02T10-00-00-000Z';
    expect(restored.keptAside.sort()).toEqual([`${LINKS}${suffix}`, `plenary.sqlite${suffix}`]);
    expect(codesIn(path.join(b.dir, 'plenary.sqlite'))).toEqual(['AAAAAA', 'AAAAAB']);
    expect(codesIn(path.join(b.dir, `plenary.sqlite${suffix}`))).toEqual(['BBBBBB']);
    expect(JSON.parse(fs.readFileSync(path.join(b.dir, LINKS), 'utf8')).code).toBe('AAAAAA');
    // The carried files do not stay in the store, and the server opens it as its own.
    const db = new Database(path.join(b.dir, 'plenary.sqlite'), { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'plenary_backup_files'").get()).toBeUndefined();
    db.close();
    const reopened = createSqliteStore(b.dir);
    opened.push(reopened);
    expect((await reopened.listWorkshops()).map((w) => w.code)).toEqual(['AAAAAA', 'AAAAAB']);
  });

  it('folds a killed server’s WAL into the store it keeps aside', async () => {
    const a = await dataDirWith(['AAAAAA']);
    const file = path.join(tempDataDir(), 'copy.sqlite');
    backupStore(a.dir, file);
    const b = await dataDirWith(['BBBBBB']);
    await b.store.close();
    // A process that commits into the WAL and dies by SIGKILL before any checkpoint.
    const script = `const D=require('better-sqlite3');const db=new D(${JSON.stringify(path.join(b.dir, 'plenary.sqlite'))});
      db.pragma('journal_mode=WAL');db.pragma('wal_autocheckpoint=0');
      db.prepare("INSERT INTO workshops (code,template,title,facilitator_key_hash,created_at) VALUES ('BBBBBC','blank','T','x',2)").run();
      process.kill(process.pid,'SIGKILL');`;
    expect(() => execFileSync(process.execPath, ['-e', script], { stdio: 'ignore' })).toThrow();
    expect(fs.statSync(path.join(b.dir, 'plenary.sqlite-wal')).size).toBeGreaterThan(0);

    const restored = restoreStore(file, b.dir, new Date('2026-12-02T11:00:00Z'));
    const aside = restored.keptAside.find((f) => f.startsWith('plenary.sqlite.'))!;
    expect(restored.keptAside.some((f) => f.startsWith('plenary.sqlite-wal'))).toBe(false);
    expect(codesIn(path.join(b.dir, aside))).toEqual(['BBBBBB', 'BBBBBC']);
    expect(codesIn(path.join(b.dir, 'plenary.sqlite'))).toEqual(['AAAAAA']);
  });

  it('refuses a damaged copy before touching DATA_DIR', async () => {
    const a = await dataDirWith(['AAAAAA']);
    const file = path.join(tempDataDir(), 'copy.sqlite');
    backupStore(a.dir, file);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const target = tempDataDir();
    expect(() => restoreStore(file, target)).toThrow(NotAStoreError);
    expect(fs.readdirSync(target)).toEqual([]);
  });
});
