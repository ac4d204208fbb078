/** What the server checks before it runs on PostgreSQL: the URL, durability, and a schema it knows. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import { openPostgresStore } from '../../server/persistence/postgres.ts';
import { adminQuery } from '../helpers/postgres-cluster.ts';
import { freshDatabase } from '../helpers/postgres-db.ts';

const log = createLogger('silent');

describe('starting on PostgreSQL', () => {
  it.each([
    ['mysql://db/plenary', 'a scheme that is not PostgreSQL'],
    ['postgres://', 'no host'],
    ['postgres://db.example.org', 'no database'],
    ['not a url', 'no URL at all'],
  ])('refuses DATABASE_URL=%s (%s) with the form it expects', (url) => {
    expect(() => readConfig({ DATABASE_URL: url })).toThrow(/DATABASE_URL: expected postgres:\/\/user:password@host/);
  });

  it('reads the URL and the pool size, and runs on SQLite when no URL is set', () => {
    expect(
      readConfig({ DATABASE_URL: 'postgresql://plenary:pw@db:5432/plenary', DATABASE_POOL_SIZE: '20' }).database,
    ).toEqual({
      url: 'postgresql://plenary:pw@db:5432/plenary',
      poolSize: 20,
    });
    expect(readConfig({}).database).toBeNull();
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/p', DATABASE_POOL_SIZE: '1' })).toThrow(
      /DATABASE_POOL_SIZE/,
    );
  });

  it('refuses a database that would acknowledge commits it has not flushed', async () => {
    // The suite's cluster runs with fsync and synchronous_commit off: fast, and not durable.
    await expect(openPostgresStore({ url: await freshDatabase(), poolSize: 2, log })).rejects.toThrow(
      /durability not in force \(fsync=off, synchronous_commit=off\)/,
    );
  });

  it('refuses a schema newer than this code, and migrates an older one once', async () => {
    const url = await freshDatabase();
    const open = () => openPostgresStore({ url, poolSize: 2, requireDurable: false, log });
    await (await open()).close();
    await (await open()).close();
    await adminQuery(url, "INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')");
    await expect(open()).rejects.toThrow(/schema 99, newer than this server knows/);
  });

  it('refuses to start when PostgreSQL cannot be reached, saying so', async () => {
    await expect(
      openPostgresStore({ url: 'postgres://postgres@127.0.0.1:1/plenary', poolSize: 2, requireDurable: false, log }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
