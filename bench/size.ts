/**
 * `npm run size`: builds the client when dist/client has no manifest, prints what each route
 * downloads (gzip), and fails when the follow route is over its budget. `--json` for machines.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FOLLOW_BUDGET, formatRouteSizes, routeSizes } from './route-sizes.ts';

const outDir = path.resolve('dist/client');
if (!fs.existsSync(path.join(outDir, '.vite/manifest.json'))) {
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
const sizes = routeSizes(outDir);
console.log(process.argv.includes('--json') ? JSON.stringify(sizes, null, 2) : formatRouteSizes(sizes));
const follow = sizes.find((s) => s.route === 'follow')!;
if (follow.total > FOLLOW_BUDGET) {
  console.error(`The follow route downloads ${follow.total} bytes gzip, over its budget of ${FOLLOW_BUDGET}.`);
  process.exitCode = 1;
}
