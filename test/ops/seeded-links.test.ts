/**
 * The built-in workshop's saved links (DATA_DIR/ilo-coop-2018.workshop.json) follow a replaced
 * facilitator key: the next start, or a backup restored on another laptop, prints a link that opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../helpers/process.ts';
import { waitFor } from '../helpers/wait.ts';

const procs: ServerProcess[] = [];
afterEach(() => {
  for (const p of procs.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
});

async function start(dataDir?: string): Promise<ServerProcess> {
  const p = await spawnServer({ ...(dataDir ? { dataDir } : {}), env: { SEED_TEMPLATE: 'ilo-coop-2018' } });
  procs.push(p);
  return p;
}

const savedIn = (dataDir: string): { code: string; facilitatorKey: string } | null => {
  const file = path.join(dataDir, 'ilo-coop-2018.workshop.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
};

const report = (url: string, code: string, key: string) =>
  fetch(`${url}/api/workshops/${code}/report?format=json`, { headers: { authorization: `Bearer ${key}` } });

describe('the built-in workshop’s saved links', () => {
  it('take the new key when it is replaced, and the next start keeps the same workshop', async () => {
    const first = await start();
    const saved = await waitFor(() => savedIn(first.dataDir), 'the seeded workshop’s links file', 20_000);
    const res = await fetch(`${first.url}/api/workshops/${saved.code}/key`, {
      method: 'POST',
      headers: { authorization: `Bearer ${saved.facilitatorKey}` },
    });
    expect(res.status).toBe(200);
    const { facilitatorKey } = (await res.json()) as { facilitatorKey: string };
    await waitFor(() => savedIn(first.dataDir)?.facilitatorKey === facilitatorKey, 'the new key in the links file');
    expect(savedIn(first.dataDir)?.code).toBe(saved.code);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);

    const second = await start(first.dataDir);
    expect((await report(second.url, saved.code, facilitatorKey)).status).toBe(200);
    expect((await report(second.url, saved.code, saved.facilitatorKey)).status).toBe(403);
    expect(savedIn(first.dataDir)).toMatchObject({ code: saved.code, facilitatorKey });
  }, 90_000);
});
