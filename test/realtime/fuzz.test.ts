/**
 * Garbage on every channel of one server process while a second workshop runs beside it.
 * Seeded: FUZZ_SEED reproduces a run, FUZZ_ROUNDS makes it longer (default 1,000 per channel).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors.ts';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { connectSocket, getFrom, openReplica, send } from '../helpers/clients.ts';
import { seededRng } from '../helpers/fuzz.ts';
import { fuzzHttp, fuzzSocketIo, fuzzSocketIoFrames, fuzzYjs } from '../helpers/fuzz-channels.ts';
import { createWorkshopAt, spawnServer, type ServerProcess } from '../helpers/process.ts';
import { waitFor } from '../helpers/wait.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20180612);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 1000);
/**
 * Each channel's junk comes from its own address (the Yjs fuzzer's eight workers from eight, from
 * 127.0.0.100 on), as from separate callers; workshop B's facilitator from another.
 */
const FROM = { socketIo: '127.0.0.11', frames: '127.0.0.12', yjs: '127.0.0.100' } as const;
const BYSTANDER = '127.0.0.14';

let proc: ServerProcess | null = null;
afterEach(() => {
  if (proc?.child.exitCode === null) proc.child.kill('SIGKILL');
});

/** Workshop B's facilitator posts a note every 100 ms; every one must be acknowledged and replicated. */
async function bystander(url: string, w: CreatedWorkshop) {
  const fac = await connectSocket(
    url,
    { code: w.code, client: 'facilitate', facilitatorKey: w.facilitatorKey },
    { from: BYSTANDER },
  );
  const replica = await openReplica(url, w.code, {}, BYSTANDER);
  expect(
    (await send(fac.socket, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok,
  ).toBe(true);
  const results: Array<{ id: string; ok: boolean; ms: number }> = [];
  let running = true;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const t0 = performance.now();
      const r = await send(fac.socket, 'note:add', {
        id: `b-${i}`,
        boardId: 'expectations',
        column: 'Expectations',
        text: `bystander ${i}`,
      });
      results.push({ id: `b-${i}`, ok: r.ok, ms: performance.now() - t0 });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await waitFor(
        () => results.every((r) => r.id in replica.state().notes),
        'the bystander replica to hold every acknowledged note',
      );
      fac.socket.close();
      replica.destroy();
      return results;
    },
  };
}

describe('fuzz', () => {
  it(`stays up under ${ROUNDS} malformed messages per channel (seed ${SEED}), and workshop B keeps working`, async () => {
    proc = await spawnServer();
    const a = await createWorkshopAt(proc.url);
    const b = await createWorkshopAt(proc.url);
    const target = { url: proc.url, code: a.code, facilitatorKey: a.facilitatorKey };
    const from = (address: string) => ({ ...target, from: address });
    const watch = await bystander(proc.url, b);

    const t0 = performance.now();
    const [sio, frames, yjs, http] = await Promise.all([
      fuzzSocketIo(from(FROM.socketIo), seededRng(SEED), ROUNDS),
      fuzzSocketIoFrames(proc.url, FROM.frames, seededRng(SEED + 1), Math.round(ROUNDS / 5)),
      fuzzYjs(from(FROM.yjs), seededRng(SEED + 2), ROUNDS),
      // From 127.0.0.1, which its misses (junk codes) soon get refused: 429 is an answer too.
      fuzzHttp(from('127.0.0.1'), seededRng(SEED + 3), ROUNDS),
    ]);
    const elapsed = performance.now() - t0;
    const bResults = await watch.stop();
    console.info(
      `fuzz seed ${SEED}: ${sio.sent} Socket.IO events (${sio.acks.length} acked) + ${frames} raw frames, ${yjs.answered + yjs.closed} Yjs frames (${yjs.closed} hung up), ${http.length} HTTP requests in ${elapsed.toFixed(0)} ms; ` +
        `bystander: ${bResults.length} notes, slowest ack ${Math.max(...bResults.map((r) => r.ms)).toFixed(0)} ms`,
    );

    expect(proc.child.exitCode).toBeNull();
    expect((await getFrom(BYSTANDER, `${proc.url}/healthz`)).status).toBe(200);
    for (const ack of sio.acks) {
      expect(ack).toMatchObject({ ok: expect.any(Boolean) });
      const r = ack as { ok: boolean; error?: string };
      if (!r.ok) expect(ERROR_CODES).toContain(r.error);
      expect(r.error).not.toBe('internal');
    }
    expect(sio.acks.length).toBeGreaterThan(ROUNDS / 2);
    expect(yjs.answered + yjs.closed).toBe(ROUNDS);
    expect(http).toHaveLength(ROUNDS);
    expect(http.filter((s) => s === 500)).toEqual([]);
    expect(bResults.length).toBeGreaterThan(5);
    expect(bResults.filter((r) => !r.ok)).toEqual([]);

    const events = new Set(proc.logs.map((l) => l.event));
    for (const expected of ['command_refused', 'command_without_ack', 'yjs_bad_frame', 'http_refused'])
      expect(events).toContain(expected);
    for (const forbidden of ['unhandled_rejection', 'command_failed', 'http_error', 'register_failed'])
      expect(proc.logs.filter((l) => l.event === forbidden)).toEqual([]);
    const live = await getFrom(BYSTANDER, `${proc.url}/api/workshops/${a.code}`);
    expect(JSON.parse(live.body).code).toBe(a.code);
  }, 120_000);
});
