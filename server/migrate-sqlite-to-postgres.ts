/**
 * `npm run migrate:sqlite-to-postgres -- --from DATA_DIR --to postgres://…`: moves an
 * organisation's workshops from the embedded store to PostgreSQL (server/persistence/copy-to-postgres.ts).
 * Run it with the server stopped; the PostgreSQL database must be durable, as for serving.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copySqliteToPostgres } from './persistence/copy-to-postgres.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    process.stderr.write('Usage: npm run migrate:sqlite-to-postgres -- --from DATA_DIR --to postgres://user@host/db\n');
    process.exit(2);
  }
  const n = await copySqliteToPostgres(path.resolve(values.from), values.to, (line) =>
    process.stdout.write(`${line}\n`),
  );
  process.stdout.write(`${n} workshops copied and checked. Start the server with DATABASE_URL set to use them.\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
