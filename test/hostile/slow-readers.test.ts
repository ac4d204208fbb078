/**
 * Attack 4: replicas that ask for the whole document again and again and never read the
 * answers. What the server holds for them is bounded per connection and in total (the slowest
 * are dropped), so its memory stays bounded however many there are, and others are served.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFrom, fillWorkshop, nonReaders, rssOf } from '../helpers/attackers.ts';
import { getFrom, openReplica } from '../helpers/clients.ts';
import { spawnServer, type ServerProcess } from '../helpers/process.ts';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';

const ATTACKERS = ['127.0.0.21', '127.0.0.22', '127.0.0.23', '127.0.0.24', '127.0.0.25', '127.0.0.26'];
const HONEST = '127.0.0.27';
const MiB = 2 ** 20;

let proc: ServerProcess | null = null;
afterEach(() => {
  if (proc?.child.exitCode === null) proc.child.kill('SIGKILL');
});

describe('clients that never read', () => {
  it('hold a bounded amount of the server’s memory, and an honest replica still syncs', async () => {
    proc = await spawnServer();
    const w = (await createFrom(proc.url, HONEST)).body as CreatedWorkshop;
    await fillWorkshop(proc.url, w, HONEST);
    const warm = await openReplica(proc.url, w.code, {}, HONEST);
    warm.destroy();
    const before = await rssOf(proc.child.pid!);

    // 20 answers each (5 MB) stay inside the per-connection bound: only the total can stop them.
    const readers = await nonReaders(proc.url, w.code, ATTACKERS, 60, 20);
    // Let the server answer everything it was asked for: 60 × 20 copies of the document.
    let peak = before;
    for (let i = 0; i < 30; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      peak = Math.max(peak, await rssOf(proc.child.pid!));
    }
    const honest = await openReplica(proc.url, w.code, {}, HONEST);
    expect(Object.keys(honest.state().notes)).toHaveLength(400);
    honest.destroy();
    expect((await getFrom(HONEST, `${proc.url}/healthz`)).status).toBe(200);
    readers.stop();

    const drops = proc.logs.filter((l) => l.event === 'yjs_slow_reader_dropped');
    const dropped = drops.filter((l) => l.reason === 'total').length;
    console.info(
      `non-readers: RSS ${(before / MiB).toFixed(0)} MiB before, peak ${(peak / MiB).toFixed(0)} MiB (+${((peak - before) / MiB).toFixed(0)}), ${drops.length} dropped (${dropped} by the total)`,
    );
    expect(dropped).toBeGreaterThan(0);
    expect(peak - before).toBeLessThan(160 * MiB);
  }, 60_000);
});
