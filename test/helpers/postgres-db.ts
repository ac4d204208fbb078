/** A database of its own for one test file, copied from the suite's migrated template (test/global-setup.ts). */
import { randomBytes } from 'node:crypto';
import { adminQuery } from './postgres-cluster.ts';

export const TEMPLATE_DATABASE = 'plenary_template';

/** The suite's cluster, as the global setup left it in the environment. */
export function suiteCluster(): string {
  const url = process.env.PLENARY_TEST_PG;
  if (!url)
    throw new Error('PLENARY_TEST_PG is not set: run the tests through vitest, whose global setup starts PostgreSQL');
  return url;
}

/** Creates an empty, migrated database and answers its URL. */
export async function freshDatabase(): Promise<string> {
  const admin = suiteCluster();
  const name = `t_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(admin, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
      break;
    } catch (err) {
      // Two files copying the template at the same instant: PostgreSQL lets one at a time.
      if (attempt > 20 || !String(err).includes('being accessed by other users')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return admin.replace(/\/[^/]*$/, `/${name}`);
}
