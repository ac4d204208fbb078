/** The composition root: read the environment, open the store, serve, seed the built-in workshop. */
import fs from 'node:fs';
import path from 'node:path';
import { workshopLinks } from '../shared/links.ts';
import { systemClock } from './clock.ts';
import { readConfig, type Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { startMetrics } from './metrics.ts';
import type { WorkshopStore } from './persistence/port.ts';
import { openPostgresStore } from './persistence/postgres.ts';
import { createSqliteStore } from './persistence/sqlite.ts';
import { createPlenaryServer, type PlenaryServer } from './server.ts';
import { NO_STAGES } from './stages.ts';
import { venueAddresses } from './venue-addresses.ts';

const SHUTDOWN_DEADLINE_MS = 10_000;

/** PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR; either is open and checked when this resolves. */
async function openStore(config: Config, log: Logger): Promise<WorkshopStore> {
  if (config.database) return openPostgresStore({ ...config.database, log });
  const sqlite = createSqliteStore(config.dataDir);
  await sqlite.opened;
  return sqlite;
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const log = createLogger(config.logLevel);
  // Only the benchmark asks for this (bench/server-process.ts); see server/metrics.ts.
  const stages =
    process.env.PLENARY_METRICS === '1'
      ? startMetrics((line) => process.stdout.write(`${line}\n`), process.env.PLENARY_PROFILE_DIR)
      : NO_STAGES;
  const store = await openStore(config, log);
  const server = createPlenaryServer({ config, store, clock: systemClock, log, stages });
  // Handlers first: a signal that arrives once 'listening' is logged must find them in place.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting_down', { signal });
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('unhandledRejection', (err) => log.error('unhandled_rejection', { error: String(err) }));

  const port = await server.listen();
  log.info('listening', {
    port,
    host: config.host,
    store: config.database ? 'postgres' : config.dataDir,
    tls: Boolean(config.tls),
    ...(config.httpRedirectPort ? { httpRedirectPort: config.httpRedirectPort } : {}),
  });
  if (config.seedTemplate) await printSeededWorkshop(server, config, port);
}

/**
 * Creates the built-in workshop on first start and remembers its links in DATA_DIR, so
 * every later start prints the same facilitator link (the key itself is stored only hashed).
 */
async function printSeededWorkshop(server: PlenaryServer, config: Config, port: number): Promise<void> {
  const file = path.join(config.dataDir, `${config.seedTemplate}.workshop.json`);
  let saved: { code: string; facilitatorKey: string } | null = null;
  if (fs.existsSync(file)) saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!saved || !(await server.hub.get(saved.code))) {
    saved = await server.hub.create(config.seedTemplate!);
    saveLinks(file, saved);
  }
  // Its saved links go with it: a deleted workshop leaves no file behind (the next start makes a new one),
  // and a replaced key replaces the saved one, so the next start (or a restored backup) prints a link that opens.
  const seeded = saved.code;
  server.hub.events.on('deleted', (code) => code === seeded && fs.rmSync(file, { force: true }));
  server.hub.events.on(
    'keyRotated',
    (code, facilitatorKey) => code === seeded && saveLinks(file, { code, facilitatorKey }),
  );
  // The venue-network address first: the first link printed is the one people copy to phones.
  const scheme = config.tls ? 'https' : 'http';
  const lan = venueAddresses().map((a) => `${scheme}://${a}:${port}`);
  const bases = config.publicUrl ? [config.publicUrl] : [...lan, `${scheme}://localhost:${port}`];
  const w = await server.hub.get(saved.code);
  const lines = [`\n  Plenary is running: ${w?.state.pub.room.meta.title}`, `  Join code: ${saved.code}\n`];
  for (const base of bases) {
    const l = workshopLinks(base, saved.code, saved.facilitatorKey);
    lines.push(
      `  ${base}`,
      `    Facilitator (keep private): ${l.facilitate}`,
      `    Participants join:          ${l.join}`,
      `    Projector screen:           ${l.screen}`,
      `    Remote follow:              ${l.follow}\n`,
    );
  }
  if (!bases[0]?.startsWith('https:'))
    lines.push(
      '  Plain http: anyone on this network can read these links, the key in them, and the notes as they pass.',
      '  To serve https, set TLS_CERT and TLS_KEY, or put Caddy in front (README, "HTTPS at the venue").\n',
    );
  if (!config.publicUrl && lan.length === 0)
    lines.push(
      '  This machine has no address on a network: phones cannot join until it has one (or set PUBLIC_URL).\n',
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}

function saveLinks(file: string, links: { code: string; facilitatorKey: string }): void {
  fs.writeFileSync(file, JSON.stringify(links), { mode: 0o600 });
}

main().catch((err: unknown) => {
  process.stderr.write(`Plenary failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
