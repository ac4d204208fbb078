/** A tiny structured logger: one JSON line per event on stderr. */
export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Logger = Record<Level, (event: string, fields?: Record<string, unknown>) => void>;

const rank: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Creates a logger that drops events below `min`. */
export function createLogger(
  min: Level | 'silent',
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const at =
    (level: Level) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      if (rank[level] >= rank[min]) write(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
