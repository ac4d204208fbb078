/** Reads the server's configuration from the environment, with bounds and defaults. */
import os from 'node:os';
import path from 'node:path';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { DEFAULT_CONNECTION_CAPS, type ConnectionCapOptions } from './budgets/connection-caps.ts';
import type { BudgetTable } from './budgets/rate-budgets.ts';
import { DEFAULT_SLOW_READERS, type SlowReaderOptions } from './collab/slow-readers.ts';
import { DEFAULT_TOKEN_TTL_HOURS } from './domain/token-expiry.ts';
import type { TlsFiles } from './http/listener.ts';

/** What one caller, and everyone together, may take of this server. */
export interface ServerLimits {
  /** Rate budgets per address and in total (see server/budgets/rate-budgets.ts for the defaults). */
  budgets: Partial<BudgetTable>;
  connections: ConnectionCapOptions;
  slowReaders: Omit<SlowReaderOptions, 'onDrop'>;
  /** A request must have sent its headers within this, and all of itself within requestTimeoutMs. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  budgets: {},
  connections: DEFAULT_CONNECTION_CAPS,
  slowReaders: DEFAULT_SLOW_READERS,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
};

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Base URL printed in links; derived from host and port when unset. */
  publicUrl: string | null;
  /** Browser origins allowed on both sockets; empty means "same host as the request". */
  allowedOrigins: string[];
  /** Host names this server answers to besides PUBLIC_URL's, localhost, its hostname and its addresses. */
  allowedHosts: string[];
  /** Template created once on start (empty: none). */
  seedTemplate: 'ilo-coop-2018' | 'blank' | null;
  clientDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** When set, creating a workshop needs this key (for hosted deployments); unset, anyone on the network may. */
  createKey: string | null;
  /** Workshops stored at most; creating more is refused. */
  maxWorkshops: number;
  /** A workshop idle this long, with nobody connected, leaves memory (loaded again on demand); null: never. */
  idleUnloadMs: number | null;
  limits: ServerLimits;
  /** PostgreSQL instead of the embedded SQLite file, when set. */
  database: { url: string; poolSize: number } | null;
  /** A finished workshop is deleted this many days after it finished; null: kept. */
  retentionDays?: number | null;
  /** This node's name in the workshops' leases (many nodes on one PostgreSQL database); unique per process. */
  nodeId: string;
  /** How long a workshop's lease lasts unrenewed: a crashed node's workshops move after at most this. */
  leaseMs: number;
  /** A workshop taken over is not handed back within this long (a flapping balancer ring must not bounce it). */
  handoverCooldownMs?: number;
  /**
   * Follower relays (CLUSTER_URL, CLUSTER_KEY): follow replicas of a workshop another node holds
   * are served from one upstream replica through `url` (the balancer), shown `key`; the upstream
   * is dropped `graceMs` after the last local follower left. Null: this node serves only its own.
   */
  cluster?: { url: string; key: string; graceMs: number } | null;
  /** `/metrics` for Prometheus, when on; `token` guards it (without one, only this machine may read it). */
  metrics?: { token: string | null } | null;
  /** HTTPS and WSS on `port` with this certificate and key (TLS_CERT, TLS_KEY); null: plain HTTP. */
  tls?: TlsFiles | null;
  /** A plain-HTTP port that only redirects to the https one (HTTP_REDIRECT_PORT); needs `tls`. */
  httpRedirectPort?: number | null;
  /** Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (TRUST_PROXY); empty: none. */
  trustProxy?: string[];
  /** A participant's token stops opening the workshop this many hours after its day was finished. */
  tokenTtlHours?: number;
}

/** A PostgreSQL URL: the scheme, a host and a database, so a typo fails at start rather than at the first commit. */
const DatabaseUrl = z.string().refine((value) => {
  try {
    const u = new URL(value);
    return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '' && u.pathname.length > 1;
  } catch {
    return false;
  }
}, 'expected postgres://user:password@host:5432/database');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  ALLOWED_HOSTS: z.string().default(''),
  SEED_TEMPLATE: z.enum(['ilo-coop-2018', 'blank', 'none']).default('ilo-coop-2018'),
  CLIENT_DIR: z.string().default('./dist/client'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  CREATE_KEY: z.string().min(12).max(200).optional(),
  MAX_WORKSHOPS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  IDLE_UNLOAD_MINUTES: z.coerce.number().int().min(0).max(10_080).default(30),
  MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_CONNECTION_CAPS.total),
  MAX_CONNECTIONS_PER_WORKSHOP: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(DEFAULT_CONNECTION_CAPS.perWorkshop),
  MAX_CONNECTIONS_PER_ADDRESS: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(DEFAULT_CONNECTION_CAPS.perAddress),
  DATABASE_URL: DatabaseUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).optional(),
  NODE_ID: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'letters, digits and . _ : - (at most 100)')
    .optional(),
  LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
  // Short: while it runs, a client the balancer sends to the workshop's home node waits in its
  // handshake, so a node back from a crash would keep new participants waiting this long.
  HANDOVER_COOLDOWN_MS: z.coerce.number().int().min(0).max(3_600_000).default(3_000),
  CLUSTER_URL: z.string().url().optional(),
  CLUSTER_KEY: z.string().min(16).max(200).optional(),
  RELAY_GRACE_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  METRICS: z.enum(['0', '1']).default('0'),
  METRICS_TOKEN: z.string().min(16).max(200).optional(),
  TLS_CERT: z.string().min(1).optional(),
  TLS_KEY: z.string().min(1).optional(),
  HTTP_REDIRECT_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  TRUST_PROXY: z.string().default(''),
  TOKEN_TTL_HOURS: z.coerce.number().int().min(1).max(87_600).default(DEFAULT_TOKEN_TTL_HOURS),
});

/** The settings that only make sense together, and TRUST_PROXY's list as proxy-addr reads it. */
function crossChecks(e: z.infer<typeof Env>): string[] {
  const problems: string[] = [];
  if ((e.TLS_CERT === undefined) !== (e.TLS_KEY === undefined))
    problems.push('TLS_CERT and TLS_KEY: set both (the certificate and its private key) or neither');
  if (e.HTTP_REDIRECT_PORT !== undefined && e.TLS_CERT === undefined)
    problems.push('HTTP_REDIRECT_PORT: redirects to https, so it needs TLS_CERT and TLS_KEY');
  if ((e.CLUSTER_URL === undefined) !== (e.CLUSTER_KEY === undefined))
    problems.push(
      'CLUSTER_URL and CLUSTER_KEY: set both (where owners are reached, and the key nodes show) or neither',
    );
  if (e.CLUSTER_URL !== undefined && e.DATABASE_URL === undefined)
    problems.push('CLUSTER_URL: relays are for many nodes on one PostgreSQL database, so it needs DATABASE_URL');
  if (e.HTTP_REDIRECT_PORT !== undefined && e.HTTP_REDIRECT_PORT === e.PORT)
    problems.push('HTTP_REDIRECT_PORT: must differ from PORT');
  try {
    proxyAddr.compile(list(e.TRUST_PROXY));
  } catch (err) {
    problems.push(
      `TRUST_PROXY: ${err instanceof Error ? err.message : String(err)} (addresses, CIDR ranges, loopback, linklocal or uniquelocal)`,
    );
  }
  return problems;
}

/** Parses `env`; throws with every problem listed so a bad deployment fails at start. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const mismatched = crossChecks(e);
  if (mismatched.length > 0) throw new Error(`Invalid configuration: ${mismatched.join('; ')}`);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, '') ?? null,
    allowedOrigins: list(e.ALLOWED_ORIGINS),
    allowedHosts: list(e.ALLOWED_HOSTS),
    seedTemplate: e.SEED_TEMPLATE === 'none' ? null : e.SEED_TEMPLATE,
    clientDir: path.resolve(e.CLIENT_DIR),
    logLevel: e.LOG_LEVEL,
    createKey: e.CREATE_KEY ?? null,
    maxWorkshops: e.MAX_WORKSHOPS,
    idleUnloadMs: e.IDLE_UNLOAD_MINUTES === 0 ? null : e.IDLE_UNLOAD_MINUTES * 60_000,
    limits: {
      ...DEFAULT_LIMITS,
      connections: {
        total: e.MAX_CONNECTIONS,
        perAddress: e.MAX_CONNECTIONS_PER_ADDRESS,
        perWorkshop: e.MAX_CONNECTIONS_PER_WORKSHOP,
      },
    },
    database: e.DATABASE_URL ? { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } : null,
    retentionDays: e.RETENTION_DAYS ?? null,
    nodeId: e.NODE_ID ?? `${os.hostname()}:${process.pid}`,
    leaseMs: e.LEASE_MS,
    handoverCooldownMs: e.HANDOVER_COOLDOWN_MS,
    cluster:
      e.CLUSTER_URL && e.CLUSTER_KEY
        ? { url: e.CLUSTER_URL.replace(/\/$/, ''), key: e.CLUSTER_KEY, graceMs: e.RELAY_GRACE_MS }
        : null,
    metrics: e.METRICS === '1' ? { token: e.METRICS_TOKEN ?? null } : null,
    tls: e.TLS_CERT && e.TLS_KEY ? { certFile: path.resolve(e.TLS_CERT), keyFile: path.resolve(e.TLS_KEY) } : null,
    httpRedirectPort: e.HTTP_REDIRECT_PORT ?? null,
    trustProxy: list(e.TRUST_PROXY),
    tokenTtlHours: e.TOKEN_TTL_HOURS,
  };
}

function list(csv: string): string[] {
  return csv
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
