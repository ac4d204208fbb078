/**
 * `npm run restore -- --from FILE`: puts a backup back as DATA_DIR's store (read as the server
 * reads it), with the server stopped; what was there is renamed aside, never deleted
 * (server/persistence/sqlite-restore.ts).
 */
import { parseArgs } from 'node:util';
import { readConfig } from './config.ts';
import { messageOf, NotAStoreError } from './persistence/sqlite-inspect.ts';
import { restoreStore, StoreInUseError } from './persistence/sqlite-restore.ts';
import { describeStore } from './store-summary.ts';

function main(): void {
  const { values } = parseArgs({ options: { from: { type: 'string' } } });
  if (!values.from) {
    process.stderr.write('Usage: npm run restore -- --from FILE   (into DATA_DIR, with the server stopped)\n');
    process.exit(2);
  }
  const config = readConfig(process.env);
  if (config.database) {
    process.stderr.write(
      'DATABASE_URL is set: this restores the SQLite store only; unset it to restore into DATA_DIR.\n',
    );
    process.exit(1);
  }
  const restored = restoreStore(values.from, config.dataDir);
  process.stdout.write(describeStore((what) => `Restored ${what} into ${config.dataDir}:`, restored));
  if (restored.keptAside.length > 0)
    process.stdout.write(`What was there is kept beside it: ${restored.keptAside.join(', ')}\n`);
  process.stdout.write('Start the server with this DATA_DIR.\n');
}

try {
  main();
} catch (err) {
  const known = err instanceof StoreInUseError || err instanceof NotAStoreError;
  process.stderr.write(`Restore ${known ? 'refused' : 'failed'}: ${messageOf(err)}\n`);
  process.exit(1);
}
