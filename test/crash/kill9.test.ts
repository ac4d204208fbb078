/**
 * kill -9 at random moments while clients post notes: every acknowledged note survives,
 * exactly once, and the SQLite file stays sound. CRASH_ROUNDS=50 (for example) runs longer;
 * CRASH_SEED reproduces a run.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestSocket } from '../helpers/clients.ts';
import { expectEachNoteOnce, openCrashRoom } from '../helpers/crash-room.ts';
import { seededRng, type Rng } from '../helpers/fuzz.ts';
import { spawnServer, type ServerProcess } from '../helpers/process.ts';
import { waitFor } from '../helpers/wait.ts';

const ROUNDS = Math.max(5, Number(process.env.CRASH_ROUNDS ?? 5));
const SEED = Number(process.env.CRASH_SEED ?? 612);

let proc: ServerProcess | null = null;
const sockets: TestSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
  if (proc?.child.exitCode === null) proc.child.kill('SIGKILL');
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts notes until stopped; resends unacknowledged ids (the id makes a resend idempotent). */
function writer(socket: TestSocket, prefix: string, paceMs: number, rng: Rng) {
  const acked = new Set<string>();
  const unacked: string[] = [];
  let n = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const id = unacked.length > 0 && rng.next() < 0.5 ? unacked[0]! : `${prefix}-${n++}`;
      if (!unacked.includes(id)) unacked.push(id);
      const r = await socket
        .timeout(1500)
        .emitWithAck('note:add', { id, boardId: 'expectations', column: 'Expectations', text: id })
        .catch(() => null);
      if (r?.ok) {
        acked.add(id);
        unacked.splice(unacked.indexOf(id), 1);
      }
      await pause(paceMs);
    }
  })();
  const stop = () => {
    running = false;
    return done;
  };
  return { acked, stop };
}

describe('kill -9', () => {
  it(`loses no acknowledged note over ${ROUNDS} SIGKILLs at random moments (seed ${SEED})`, async () => {
    const rng = seededRng(SEED);
    proc = await spawnServer();
    const { dataDir, port } = proc;
    const url = proc.url;
    const { workshop: w, facilitators, participant } = await openCrashRoom(url, 3, sockets);

    const writers = [...facilitators.map((s, i) => writer(s, `f${i}`, 40, rng)), writer(participant, 'p', 900, rng)];
    const kills: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const before = writers.reduce((n, x) => n + x.acked.size, 0);
      await waitFor(
        () => writers.reduce((n, x) => n + x.acked.size, 0) > before,
        `notes acknowledged in round ${round}`,
        15_000,
      );
      const delay = 100 + rng.int(500);
      await pause(delay);
      proc.child.kill('SIGKILL');
      expect((await proc.exited).signal).toBe('SIGKILL');
      kills.push(delay);
      proc = await spawnServer({ dataDir, port });
    }
    const settled = writers.reduce((n, x) => n + x.acked.size, 0);
    await waitFor(
      () => writers.reduce((n, x) => n + x.acked.size, 0) > settled,
      'notes acknowledged after the last restart',
      15_000,
    );
    await Promise.all(writers.map((x) => x.stop()));

    const acked = writers.flatMap((x) => [...x.acked]);
    const texts = await expectEachNoteOnce(url, w.code, acked);
    console.info(
      `kill -9 x${ROUNDS} (after ${kills.join(', ')} ms of writing): ${acked.length} notes acknowledged, ${texts.length} in the document`,
    );

    for (const s of sockets.splice(0)) s.close();
    proc.child.kill('SIGTERM');
    expect((await proc.exited).code).toBe(0);
    const db = new Database(path.join(dataDir, 'plenary.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 180_000);
});
