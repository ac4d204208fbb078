/** Starts the real server in-process on port 0 with a temporary DATA_DIR. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock, type Clock } from '../../server/clock.ts';
import { DEFAULT_LIMITS, type Config } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createPlenaryServer, type PlenaryServer } from '../../server/server.ts';
import { readPublicState } from '../../shared/doc.ts';
import type { PublicState } from '../../shared/model.ts';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';

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
    ...overrides,
  };
}

export async function startTestServer(
  options: { dataDir?: string; clock?: Clock; config?: Partial<Config>; lanAddresses?: () => string[] } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = testConfig(dataDir, options.config);
  const server = createPlenaryServer({
    config,
    store: createSqliteStore(dataDir),
    clock: options.clock ?? systemClock,
    log: createLogger(config.logLevel),
    // Tests never depend on the machine's network: no venue address unless a test gives one.
    lanAddresses: options.lanAddresses ?? (() => []),
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
      return startTestServer({ ...options, dataDir });
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
