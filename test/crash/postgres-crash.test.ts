/**
 * On a durable PostgreSQL: clients keep writing through the real outbox while the Plenary
 * process is `kill -9`ed at random moments and PostgreSQL itself is stopped as a crash would
 * stop it (immediate, no checkpoint) and started again. While the database is down, commands
 * are refused with `unavailable` and /healthz is 503; service comes back by itself; at the end
 * every note the outboxes took is in the document exactly once. CRASH_ROUNDS, CRASH_SEED.
 */
import { describe, expect, it } from 'vitest';
import { send } from '../helpers/clients.ts';
import { expectEachNoteOnce, openCrashRoom, outboxWriter } from '../helpers/crash-room.ts';
import { seededRng } from '../helpers/fuzz.ts';
import { processFixture } from '../helpers/process-fixture.ts';
import { spawnServer, type ServerProcess } from '../helpers/process.ts';
import { waitFor } from '../helpers/wait.ts';

const ROUNDS = Math.max(10, Number(process.env.CRASH_ROUNDS ?? 10));
const SEED = Number(process.env.CRASH_SEED ?? 1206);
/** Rounds after which PostgreSQL is crashed and restarted instead of Plenary. */
const DATABASE_CRASHES = new Set([3, 7]);

const fixture = processFixture();
const { sockets } = fixture;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function start(port = 0): Promise<ServerProcess> {
  const proc = await spawnServer({
    port,
    env: { DATABASE_URL: fixture.url, DATABASE_POOL_SIZE: '4', NODE_ID: 'crash-node' },
  });
  fixture.processes.push(proc);
  return proc;
}

async function health(url: string): Promise<number> {
  return (await fetch(`${url}/healthz`).catch(() => null))?.status ?? 0;
}

describe('on PostgreSQL: kill -9 of Plenary, and PostgreSQL crashed mid-writing', () => {
  it(`delivers every queued note exactly once over ${ROUNDS} crashes (seed ${SEED})`, async () => {
    const rng = seededRng(SEED);
    let proc = await start();
    const { port, url } = proc;
    const { workshop: w, facilitators, participant } = await openCrashRoom(url, 2, sockets);

    const writers = [
      outboxWriter(facilitators[0]!, 'f0', 250),
      outboxWriter(facilitators[1]!, 'f1', 400),
      // Slow enough that a backlog after an outage stays within the per-person note limit (10 per 10 s).
      outboxWriter(participant, 'p', 2000),
    ];
    const delivered = () => writers.reduce((n, x) => n + x.settled.length, 0);
    let unavailableSeen = false;
    for (let round = 0; round < ROUNDS; round++) {
      const before = delivered();
      await waitFor(() => delivered() > before, `notes delivered in round ${round}`, 20_000);
      await pause(100 + rng.int(400));
      if (DATABASE_CRASHES.has(round)) {
        await fixture.cluster.stop('immediate');
        await waitFor(async () => (await health(url)) === 503, '/healthz to say 503 while PostgreSQL is down');
        const refused = await send(facilitators[0]!, 'note:add', {
          id: `direct-${round}`,
          boardId: 'expectations',
          column: 'Expectations',
          text: `direct-${round}`,
        });
        unavailableSeen ||= !refused.ok && refused.error === 'unavailable';
        expect(refused).toMatchObject({ ok: false });
        await pause(rng.int(500));
        fixture.cluster.start();
        await waitFor(
          async () => (await health(url)) === 200,
          '/healthz to come back after PostgreSQL restarted',
          15_000,
        );
      } else {
        proc.child.kill('SIGKILL');
        expect((await proc.exited).signal).toBe('SIGKILL');
        proc = await start(port);
      }
    }
    await Promise.all(writers.map((x) => x.stop()));
    await waitFor(
      () => writers.every((x) => x.outbox.pending().length === 0),
      `every outbox to empty (pending ${writers.map((x) => x.outbox.pending().length).join(', ')})`,
      30_000,
    );

    expect(unavailableSeen, 'a command while PostgreSQL was down was refused with unavailable').toBe(true);
    for (const x of writers)
      expect(
        x.settled.filter(([, r]) => !r.ok),
        'refused notes',
      ).toEqual([]);
    const queued = writers.flatMap((x) => x.queued);
    const texts = await expectEachNoteOnce(url, w.code, queued);
    console.info(`on PostgreSQL, ${ROUNDS} crashes: ${queued.length} notes queued, ${texts.length} in the document`);

    for (const s of sockets.splice(0)) s.close();
    proc.child.kill('SIGTERM');
    expect((await proc.exited).code).toBe(0);
  }, 170_000);
});
