/**
 * `npm run size`: builds the client when dist/client has no manifest, starts the real server on
 * it as the tests do (port 0, a temporary DATA_DIR, the built-in workshop), requests every route
 * and every file its screen loads as a browser would (`Accept-Encoding: br, gzip`), prints the
 * bytes that crossed the wire, and fails when a route is over its budget. `--json` for machines.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer } from '../test/helpers/server.ts';
import { BUDGETS, formatWire, measureRoutes } from './route-sizes.ts';

const outDir = path.resolve('dist/client');
if (!fs.existsSync(path.join(outDir, '.vite/manifest.json'))) {
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
const server = await startTestServer({ config: { clientDir: outDir } });
try {
  const { code } = await server.createWorkshop('ilo-coop-2018');
  const rows = await measureRoutes(server.url, code, outDir);
  console.log(process.argv.includes('--json') ? JSON.stringify(rows, null, 2) : formatWire(rows));
  const follow = rows.find((r) => r.route === 'follow')!;
  const participant = rows.find((r) => r.route === 'participant')!;
  const over = [
    follow.firstView > BUDGETS.followFirstView && `follow before its first view: ${follow.firstView} bytes`,
    follow.total > BUDGETS.follow && `follow: ${follow.total} bytes`,
    participant.total > BUDGETS.participant && `participant: ${participant.total} bytes`,
  ].filter(Boolean);
  for (const line of over) console.error(`Over budget on the wire: ${line}.`);
  if (over.length) process.exitCode = 1;
} finally {
  await server.close();
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}
