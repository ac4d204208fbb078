// Where Debian puts the engines the tests start; shared by the pre-test check and the test helpers.
import fs from 'node:fs';
import path from 'node:path';

/** The newest Debian PostgreSQL bin directory that holds initdb, or null. */
export function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(base, versions[0], 'bin') : null;
}
