/** Starts the real server in-process on port 0 with a temporary DATA_DIR. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock, type Clock } from '../../server/clock.ts';
import { DEFAULT_LIMITS, type Config } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import type { WorkshopStore } from '../../server/persistence/port.ts';
import { openPostgresStore } from '../../server/persistence/postgres.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createPlenaryServer, type PlenaryServer } from '../../server/server.ts';
import type { Stages } from '../../server/stages.ts';
import { readPublicState } from '../../shared/doc.ts';
import type { PublicState } from '../../shared/model.ts';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { freshDatabase } from './postgres-db.ts';

export interface TestServer {
  url: string;
  dataDir: string;
  server: PlenaryServer;
  close(): Promise<void>;
  /** Closes this server and starts a new one on the same DATA_DIR. */
  restart(): Promise<TestServer>;
  createWorkshop(template?: 'ilo-coop-2018' | 'blank'): Promise<CreatedWorkshop>;
  /** The server's own copy of a workshop's shared document, read back as plain state. */
  publicState(code: string): Promise<PublicState>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-test-'));
}

let testNodes = 0;

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    publicUrl: null,
    allowedOrigins: [],
    allowedHosts: [],
    seedTemplate: null,
    clientDir: path.resolve('dist/client'),
    logLevel: 'silent',
    createKey: null,
    maxWorkshops: 1000,
    idleUnloadMs: null,
    limits: DEFAULT_LIMITS,
    database: null,
    // Each test server is a node of its own, as each process is.
    nodeId: `test-${process.pid}-${++testNodes}`,
    leaseMs: 10_000,
    ...overrides,
  };
}

export interface TestServerOptions {
  dataDir?: string;
  clock?: Clock;
  config?: Partial<Config>;
  lanAddresses?: () => string[];
  /** Where it stores: SQLite in `dataDir`, or a PostgreSQL database of its own (`PLENARY_TEST_STORE=postgres`). */
  store?: 'sqlite' | 'postgres';
  /** The PostgreSQL database to reopen (a restart finds what the first server wrote). */
  databaseUrl?: string;
  /** Told the per-stage timings of commands, as the bench's metrics are (server/stages.ts). */
  stages?: Stages;
}

/** The store a test server runs on: the environment picks PostgreSQL for the suite's second project. */
async function openTestStore(
  options: TestServerOptions,
  dataDir: string,
): Promise<{ store: WorkshopStore; databaseUrl?: string }> {
  const kind = options.store ?? (process.env.PLENARY_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite');
  if (kind === 'sqlite') return { store: createSqliteStore(dataDir) };
  const databaseUrl = options.databaseUrl ?? (await freshDatabase());
  const log = createLogger('silent');
  return { store: await openPostgresStore({ url: databaseUrl, poolSize: 5, requireDurable: false, log }), databaseUrl };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = testConfig(dataDir, options.config);
  const { store, databaseUrl } = await openTestStore(options, dataDir);
  const server = createPlenaryServer({
    config,
    store,
    clock: options.clock ?? systemClock,
    log: createLogger(config.logLevel),
    // Tests never depend on the machine's network: no venue address unless a test gives one.
    lanAddresses: options.lanAddresses ?? (() => []),
    ...(options.stages ? { stages: options.stages } : {}),
  });
  await server.listen();
  const url = server.url();
  const self: TestServer = {
    url,
    dataDir,
    server,
    close: () => server.close(),
    async restart() {
      await server.close();
      return startTestServer({ ...options, dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    },
    async createWorkshop(template = 'ilo-coop-2018') {
      const res = await fetch(`${url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(template === 'blank' ? { template, title: 'Test workshop' } : { template }),
      });
      if (res.status !== 201) throw new Error(`create workshop: HTTP ${res.status}`);
      return (await res.json()) as CreatedWorkshop;
    },
    async publicState(code) {
      const w = await server.hub.get(code);
      if (!w) throw new Error(`no workshop ${code}`);
      return readPublicState(w.doc);
    },
  };
  return self;
}
