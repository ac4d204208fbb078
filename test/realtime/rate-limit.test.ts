/** Flood control per identity, not per IP: the flooder is slowed then cut off; the room is not. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type Verdict } from '../../server/realtime/rate-limit.ts';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { connectSocket, joinAs, openReplica, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

let server: TestServer;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
});

describe('the limiter on its own', () => {
  function run(times: number[], options = { burst: 3, perSecond: 2, strikesToDisconnect: 3 }): Verdict[] {
    let t = 0;
    const limiter = createRateLimiter({ ...options, now: () => t });
    return times.map((at) => {
      t = at;
      return limiter.take('k');
    });
  }

  it.each([
    ['a burst within the allowance', [0, 0, 0], ['allow', 'allow', 'allow']],
    ['one over the burst is refused', [0, 0, 0, 0], ['allow', 'allow', 'allow', 'refuse']],
    [
      'refusals pile up to a disconnect',
      [0, 0, 0, 0, 0, 0],
      ['allow', 'allow', 'allow', 'refuse', 'refuse', 'disconnect'],
    ],
    ['the allowance refills with time', [0, 0, 0, 0, 500], ['allow', 'allow', 'allow', 'refuse', 'allow']],
    [
      'a disconnect leaves the allowance owed',
      [0, 0, 0, 0, 0, 0, 1000, 2000, 3000],
      ['allow', 'allow', 'allow', 'refuse', 'refuse', 'disconnect', 'refuse', 'allow', 'allow'],
    ],
    [
      'strikes fade for a client that calms down',
      [0, 0, 0, 0, 0, 2000, 2000, 2000, 2000, 2000],
      ['allow', 'allow', 'allow', 'refuse', 'refuse', 'allow', 'allow', 'allow', 'refuse', 'refuse'],
    ],
  ])('%s', (_name, times, verdicts) => {
    expect(run(times)).toEqual(verdicts);
  });

  it('keeps separate allowances per key', () => {
    const limiter = createRateLimiter({ burst: 1, perSecond: 1, strikesToDisconnect: 5, now: () => 0 });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual(['allow', 'refuse', 'allow']);
  });
});

describe('flooding over Socket.IO', () => {
  it('slows a flooding participant, then disconnects it, while another is served at once', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const flooder = await joinAs(server.url, code, 'Flood');
    const calm = await joinAs(server.url, code, 'Calm');
    sockets.push(flooder.socket, calm.socket);

    const started = performance.now();
    const cutOff = new Promise<number>((resolve) =>
      flooder.socket.once('disconnect', () => resolve(performance.now() - started)),
    );
    const answers: Array<Result<unknown>> = [];
    const flood = setInterval(() => {
      for (let i = 0; i < 20 && flooder.socket.connected; i++)
        flooder.socket.emit('clock:ping', null, (r: Result<unknown>) => answers.push(r));
    }, 1);
    const calmLatencies: number[] = [];
    const calmResults: Array<Result<unknown>> = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      calmResults.push(await send(calm.socket, 'clock:ping', null));
      calmLatencies.push(performance.now() - t0);
    }
    const cutAfterMs = await cutOff;
    clearInterval(flood);

    const accepted = answers.filter((r) => r.ok).length;
    const refused = answers.filter((r) => !r.ok && r.error === 'rate_limited').length;
    console.info(
      `flooder: ${accepted} accepted, ${refused} refused, cut off after ${cutAfterMs.toFixed(0)} ms; calm p100 latency ${Math.max(...calmLatencies).toFixed(1)} ms`,
    );
    // Its session:join took one of the burst; the refill during the flood may or may not add one
    // (CI once cut it off before the first token came back, one each 50 ms: 59 accepted).
    expect(accepted).toBeGreaterThanOrEqual(DEFAULT_RATE_LIMIT.burst - 1);
    expect(accepted).toBeLessThan(DEFAULT_RATE_LIMIT.burst + 20);
    expect(refused).toBeGreaterThan(0);
    expect(cutAfterMs).toBeLessThan(2000);
    expect(calmResults.every((r) => r.ok)).toBe(true);
    // Generous: the flooder, the server and this client share one busy test process.
    expect(Math.max(...calmLatencies)).toBeLessThan(500);
  });

  it('counts unknown events and events without an ack against the same allowance', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const { socket } = await connectSocket(server.url, { code, client: 'follow' });
    sockets.push(socket);
    const gone = nextEvent(socket, 'disconnect');
    const raw = socket as unknown as { emit(e: string, ...a: unknown[]): void };
    for (let i = 0; i < 2 * (DEFAULT_RATE_LIMIT.burst + DEFAULT_RATE_LIMIT.strikesToDisconnect); i++)
      raw.emit(i % 2 ? 'no:such-event' : 'clock:ping', { i });
    await gone;
    expect(socket.connected).toBe(false);
  });

  it('keeps a flooding participant out on reconnect with the same token, but lets a new person in', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const flooder = await joinAs(server.url, code, 'Flood');
    const gone = nextEvent(flooder.socket, 'disconnect');
    for (let i = 0; i < 2 * (DEFAULT_RATE_LIMIT.burst + DEFAULT_RATE_LIMIT.strikesToDisconnect); i++)
      flooder.socket.emit('clock:ping', null, () => undefined);
    await gone;
    const back = await connectSocket(server.url, { code, client: 'participant', participantToken: flooder.token });
    sockets.push(back.socket);
    expect(back.session.role).toBe('participant');
    expect(await send(back.socket, 'clock:ping', null)).toMatchObject({ ok: false, error: 'rate_limited' });
    const fresh = await joinAs(server.url, code, 'Fresh');
    sockets.push(fresh.socket);
    expect((await send(fresh.socket, 'clock:ping', null)).ok).toBe(true);
  });
});

describe('flooding the Yjs endpoint', () => {
  it('answers a burst of sync requests, then cuts the connection off, while a replica keeps syncing', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/${code}`);
    await new Promise((r) => ws.once('open', r));
    let answers = 0;
    ws.on('message', () => answers++);
    const closed = new Promise<number>((r) => ws.once('close', (c) => r(c)));
    const ask = encoding.createEncoder();
    encoding.writeVarUint(ask, 0);
    syncProtocol.writeSyncStep1(ask, new Y.Doc());
    const frame = encoding.toUint8Array(ask);
    for (let i = 0; i < 30; i++) ws.send(frame);
    await waitFor(() => answers === 30, 'a burst within the allowance to be answered in full');
    for (let i = 0; i < 2 * (DEFAULT_RATE_LIMIT.burst + DEFAULT_RATE_LIMIT.strikesToDisconnect); i++) ws.send(frame);
    expect(await closed).toBe(4008);
    expect(answers).toBeLessThan(DEFAULT_RATE_LIMIT.burst + DEFAULT_RATE_LIMIT.strikesToDisconnect);
    const replica = await openReplica(server.url, code);
    expect(replica.state().room.meta.code).toBe(code);
    replica.destroy();
  });
});

describe('a venue behind one router', () => {
  it('lets 80 participants from one IP join within 10 s, each with a few commands', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const started = performance.now();
    const people = await Promise.all(Array.from({ length: 80 }, (_, i) => joinAs(server.url, code, `Person ${i}`)));
    sockets.push(...people.map((p) => p.socket));
    const pings = await Promise.all(people.flatMap((p) => [1, 2, 3].map(() => send(p.socket, 'clock:ping', null))));
    const elapsed = performance.now() - started;
    console.info(`80 participants joined and pinged 3 times each in ${elapsed.toFixed(0)} ms`);
    expect(new Set(people.map((p) => p.participantId)).size).toBe(80);
    expect(pings.every((r) => r.ok)).toBe(true);
    expect(elapsed).toBeLessThan(10_000);
    const live = await server.server.hub.get(code);
    expect(Object.keys(live!.state.priv.participants)).toHaveLength(80);
  });
});
