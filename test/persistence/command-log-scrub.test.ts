/**
 * The command log keeps no inputs (server/persistence/port.ts, CommandRecord): a store written by
 * an earlier version, whose log kept every note's text, is cleared when this version opens it.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import type { WorkshopStore } from '../../server/persistence/port.ts';
import { openPostgresStore } from '../../server/persistence/postgres.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { freshDatabase } from '../helpers/postgres-db.ts';
import { tempDataDir } from '../helpers/server.ts';
import { emptyCommit, record } from '../helpers/store-records.ts';

const OLD_INPUT = '{"text":"Kept-by-an-older-log-J4v8"}';
const command = { commandId: 'c1', actor: 'p1', type: 'note:add', result: '{"ok":true}', at: 5 };

const opened: WorkshopStore[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

describe('an older command log', () => {
  it('is cleared of its inputs when this version opens the SQLite file, and still answers resends', async () => {
    const dir = tempDataDir();
    const first = createSqliteStore(dir);
    await first.createWorkshop(record('AAAAAA'), { ...emptyCommit, command });
    await first.close();
    // As schema 1 left it: the input in the log.
    const old = new Database(path.join(dir, 'plenary.sqlite'));
    old.prepare('UPDATE commands SET payload = ?').run(OLD_INPUT);
    old.pragma('user_version = 1');
    old.close();

    const store = createSqliteStore(dir);
    opened.push(store);
    expect(await store.loadCommands('AAAAAA')).toEqual([
      { commandId: 'c1', actor: 'p1', type: 'note:add', result: '{"ok":true}' },
    ]);
    const db = new Database(path.join(dir, 'plenary.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT payload FROM commands').all()).toEqual([{ payload: '' }]);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
    } finally {
      db.close();
    }
  });

  it('is cleared of its inputs when this version migrates the PostgreSQL database', async () => {
    const url = await freshDatabase();
    const log = createLogger('silent');
    const first = await openPostgresStore({ url, poolSize: 2, requireDurable: false, log });
    await first.createWorkshop(record('AAAAAA'), { ...emptyCommit, command });
    await first.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // As migration 1 left it: the input in the log, and migration 2 not yet applied.
      await client.query('UPDATE commands SET payload = $1', [OLD_INPUT]);
      await client.query('DELETE FROM schema_migrations WHERE version >= 2');
      const store = await openPostgresStore({ url, poolSize: 2, requireDurable: false, log });
      opened.push(store);
      expect(await store.loadCommands('AAAAAA')).toHaveLength(1);
      expect((await client.query('SELECT payload FROM commands')).rows).toEqual([{ payload: '' }]);
    } finally {
      await client.end();
    }
  });
});
