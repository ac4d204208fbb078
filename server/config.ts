/** Reads the server's configuration from the environment, with bounds and defaults. */
import path from 'node:path';
import { z } from 'zod';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Base URL printed in links; derived from host and port when unset. */
  publicUrl: string | null;
  /** Browser origins allowed on both sockets; empty means "same host as the request". */
  allowedOrigins: string[];
  /** Template created once on start (empty: none). */
  seedTemplate: 'ilo-coop-2018' | 'blank' | null;
  clientDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  SEED_TEMPLATE: z.enum(['ilo-coop-2018', 'blank', 'none']).default('ilo-coop-2018'),
  CLIENT_DIR: z.string().default('./dist/client'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

/** Parses `env`; throws with every problem listed so a bad deployment fails at start. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, '') ?? null,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    seedTemplate: e.SEED_TEMPLATE === 'none' ? null : e.SEED_TEMPLATE,
    clientDir: path.resolve(e.CLIENT_DIR),
    logLevel: e.LOG_LEVEL,
  };
}
