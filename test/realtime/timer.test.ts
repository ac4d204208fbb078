/**
 * The shared timer against the real server: every screen derives the same remaining time from
 * `endsAt` and its measured clock offset, a late joiner gets it at once, the server ends it on
 * time by itself, and a restart mid-countdown keeps it.
 */
import { describe, expect, it } from 'vitest';
import type { Timer } from '../../shared/model.ts';
import { remainingAt } from '../../shared/timer.ts';
import { offsetFromSamples, sampleClock } from '../../client/src/net/clock.ts';
import { connectSocket, joinAs, openReplica, send, type NodeReplica, type TestSocket } from '../helpers/clients.ts';
import { fakeClock } from '../helpers/fake-clock.ts';
import { serverPerTest } from '../helpers/per-test.ts';
import { startTestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

const MIN = 60_000;
const t = serverPerTest();
const track = t.track;

async function facilitator(code: string, facilitatorKey: string) {
  return track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
}

/** What a client whose clock reads `localNow` shows: offset from five pings, then remaining from endsAt. */
async function clientView(socket: TestSocket, localNow: () => number) {
  const samples = await sampleClock(async () => {
    const r = await send(socket, 'clock:ping', null);
    if (!r.ok) throw new Error(r.error);
    return r.value.serverNow;
  }, localNow);
  const offset = offsetFromSamples(samples)!;
  return (timer: Timer) => remainingAt(timer, localNow() + offset);
}

async function timerOf(replica: NodeReplica, version: number): Promise<Timer> {
  return waitFor(
    () => (replica.state().room.timer?.version === version ? replica.state().room.timer : null),
    `timer version ${version} on a replica`,
  );
}

describe('timer', () => {
  it('two participants with clocks skewed by +7 s and -4 s show the same remaining time within 100 ms', async () => {
    t.server = await startTestServer();
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = await facilitator(code, facilitatorKey);
    const started = await send(fac, 'timer:start', { durationMs: 10 * MIN });
    if (!started.ok) throw new Error(started.error);
    expect(started.value).toMatchObject({ status: 'running', durationMs: 10 * MIN, endedAt: null });

    const views = [];
    for (const [name, skew] of [
      ['Amina', 7000],
      ['Kofi', -4000],
    ] as const) {
      const p = await joinAs(t.server.url, code, name);
      track(p.socket);
      const replica = track(await openReplica(t.server.url, code));
      const skewedNow = () => Date.now() + skew;
      views.push({
        timer: await timerOf(replica, started.value.version),
        show: await clientView(p.socket, skewedNow),
        skewedNow,
      });
    }
    const [a, b] = views.map((v) => v.show(v.timer)) as [number, number];
    const truth = started.value.endsAt! - Date.now();
    expect(Math.abs(a - b)).toBeLessThan(100);
    expect(Math.abs(a - truth)).toBeLessThan(100);
    // Without the offset the two devices would disagree by the 11 s between their clocks.
    const [na, nb] = views.map((v) => remainingAt(v.timer, v.skewedNow())) as [number, number];
    expect(Math.abs(na - nb)).toBeGreaterThan(10_000);
  });

  it('a client joining mid-countdown shows the right time at once, and the server ends it on time', async () => {
    const clock = fakeClock();
    t.server = await startTestServer({ clock });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = await facilitator(code, facilitatorKey);
    const started = await send(fac, 'timer:start', { durationMs: 10 * MIN });
    if (!started.ok) throw new Error(started.error);
    clock.advance(4 * MIN);

    const late = await joinAs(t.server.url, code, 'Late Comer');
    track(late.socket);
    const replica = track(await openReplica(t.server.url, code));
    const timer = await timerOf(replica, started.value.version);
    const show = await clientView(late.socket, () => Date.now() - 4000);
    expect(Math.abs(show(timer) - 6 * MIN)).toBeLessThan(100);

    clock.advance(6 * MIN + 2 * MIN);
    const ended = await timerOf(replica, started.value.version + 1);
    expect(ended).toMatchObject({ status: 'running', endsAt: started.value.endsAt, endedAt: started.value.endsAt });
    expect(remainingAt(ended, clock.now())).toBe(-2 * MIN);
  });

  it('pause, resume, extend, shorten and reset answer with the new timer and reach replicas', async () => {
    const clock = fakeClock();
    t.server = await startTestServer({ clock });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = await facilitator(code, facilitatorKey);
    const replica = track(await openReplica(t.server.url, code));
    expect(await send(fac, 'timer:pause', {})).toEqual({ ok: false, error: 'timer_not_running' });
    await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' });
    clock.advance(5 * MIN);
    const steps: Array<[() => ReturnType<typeof send<'timer:pause'>>, Partial<Timer>]> = [
      [() => send(fac, 'timer:pause', {}), { status: 'paused', remainingMs: 10 * MIN }],
      [() => send(fac, 'timer:adjust', { deltaMs: 5 * MIN }), { status: 'paused', remainingMs: 15 * MIN }],
      [() => send(fac, 'timer:resume', {}), { status: 'running', endsAt: clock.now() + 15 * MIN }],
      [() => send(fac, 'timer:adjust', { deltaMs: -MIN }), { endsAt: clock.now() + 14 * MIN }],
      [() => send(fac, 'timer:reset', {}), { status: 'idle', remainingMs: 15 * MIN, durationMs: 15 * MIN }],
      [() => send(fac, 'timer:start', {}), { status: 'running', endsAt: clock.now() + 15 * MIN }],
    ];
    for (const [command, expected] of steps) {
      const r = await command();
      if (!r.ok) throw new Error(r.error);
      expect(r.value).toMatchObject(expected);
      expect(await timerOf(replica, r.value.version)).toEqual(r.value);
    }
    expect(await send(fac, 'timer:adjust', { deltaMs: 0 })).toMatchObject({ ok: false, error: 'bad_request' });
    expect(await send(fac, 'timer:start', { durationMs: -1 })).toMatchObject({ ok: false, error: 'bad_request' });
  });
});

describe('timer across a restart', () => {
  it('keeps a running countdown with the correct remaining time, and still ends it on time', async () => {
    const clock = fakeClock();
    t.server = await startTestServer({ clock });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const started = await send(await facilitator(code, facilitatorKey), 'timer:start', { durationMs: 10 * MIN });
    if (!started.ok) throw new Error(started.error);
    clock.advance(3 * MIN);
    await t.closeClients();
    t.server = await t.server.restart();
    clock.advance(2 * MIN);

    const replica = track(await openReplica(t.server.url, code));
    const timer = await timerOf(replica, started.value.version);
    expect(timer).toMatchObject({ status: 'running', endsAt: started.value.endsAt, endedAt: null });
    expect(remainingAt(timer, clock.now())).toBe(5 * MIN);
    clock.advance(5 * MIN);
    expect(await timerOf(replica, started.value.version + 1)).toMatchObject({ endedAt: started.value.endsAt });
  });

  it('ends at once a countdown whose end passed while the server was down', async () => {
    const clock = fakeClock();
    t.server = await startTestServer({ clock });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const started = await send(await facilitator(code, facilitatorKey), 'timer:start', { durationMs: MIN });
    if (!started.ok) throw new Error(started.error);
    await t.closeClients();
    t.server = await t.server.restart();
    clock.advance(3 * MIN);
    const replica = track(await openReplica(t.server.url, code));
    expect(await timerOf(replica, started.value.version + 1)).toMatchObject({ endedAt: started.value.endsAt });
  });
});
