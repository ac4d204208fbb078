/**
 * `npm run backup -- --to FILE [--force]`: a consistent copy of the SQLite store in DATA_DIR (read
 * as the server reads it), taken while the server runs (server/persistence/sqlite-backup.ts).
 */
import { parseArgs } from 'node:util';
import { readConfig } from './config.ts';
import { BackupRefused, backupStore } from './persistence/sqlite-backup.ts';
import { messageOf, NotAStoreError } from './persistence/sqlite-inspect.ts';
import { describeStore } from './store-summary.ts';

function main(): void {
  const { values } = parseArgs({ options: { to: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (!values.to) {
    process.stderr.write('Usage: npm run backup -- --to FILE [--force]   (DATA_DIR as for the server)\n');
    process.exit(2);
  }
  const config = readConfig(process.env);
  if (config.database) {
    process.stderr.write('DATABASE_URL is set: back PostgreSQL up with its own tools (pg_dump), not this command.\n');
    process.exit(1);
  }
  const copied = backupStore(config.dataDir, values.to, { force: values.force });
  process.stdout.write(
    describeStore((what) => `Backed up ${what} from ${config.dataDir} to ${copied.file} in ${copied.ms} ms:`, copied),
  );
}

try {
  main();
} catch (err) {
  const known = err instanceof BackupRefused || err instanceof NotAStoreError;
  process.stderr.write(`Backup ${known ? 'refused' : 'failed'}: ${messageOf(err)}\n`);
  process.exit(1);
}
