/**
 * TRUST_PROXY: by default (a venue laptop) nobody may say who the client is, so X-Forwarded-For
 * and X-Forwarded-Proto are ignored and every caller is counted by its own address; naming the
 * proxy makes the server count the forwarded address, on REST and on both sockets, and build
 * its links with the forwarded scheme.
 */
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../server/budgets/rate-budgets.ts';
import { readConfig } from '../../server/config.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer | null = null;
const closers: Array<() => void> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server?.close();
  server = null;
});

/** One creation and one connection per address per hour: the second from the same caller is refused. */
const ONE_EACH: Partial<BudgetTable> = {
  create: { perAddress: { points: 1, seconds: 3600 }, total: { points: 100, seconds: 3600 } },
  connect: { perAddress: { points: 1, seconds: 3600 }, total: { points: 100, seconds: 3600 } },
};

async function start(trustProxy?: string[]): Promise<TestServer> {
  server = await startTestServer({
    config: { ...(trustProxy ? { trustProxy } : {}), limits: { ...testLimits(), budgets: ONE_EACH } },
  });
  return server;
}

function testLimits() {
  return readConfig({}).limits;
}

/** Creates a workshop as a proxy forwarding `client` over `proto`; answers the status and the join link. */
async function createAs(url: string, client: string, proto = 'https') {
  const res = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, 'x-forwarded-proto': proto },
    body: JSON.stringify({ template: 'blank', title: 'Forwarded' }),
  });
  const body = (await res.json()) as { links?: { join: string } };
  return { status: res.status, join: body.links?.join ?? null };
}

/** A Socket.IO handshake forwarded for `client`: 'connected', or 'websocket error' for a refused upgrade. */
function socketAs(url: string, code: string, client: string): Promise<string> {
  const socket = io(url, {
    auth: { code, client: 'screen' },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': client },
  });
  closers.push(() => socket.close());
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

/** A Yjs upgrade forwarded for `client`: 'open' or the HTTP status it was refused with. */
function yjsAs(url: string, code: string, client: string): Promise<string> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/yjs/${code}`, { headers: { 'x-forwarded-for': client } });
  ws.on('error', () => undefined);
  closers.push(() => ws.terminate());
  return new Promise((resolve) => {
    ws.once('open', () => resolve('open'));
    ws.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
  });
}

describe('TRUST_PROXY unset: nobody is trusted', () => {
  it('ignores X-Forwarded-For and X-Forwarded-Proto from a caller on this machine', async () => {
    const { url } = await start();
    const first = await createAs(url, '203.0.113.1');
    expect(first.status).toBe(201);
    expect(first.join).toMatch(/^http:\/\/127\.0\.0\.1:/);
    // Another forwarded address from the same peer is the same caller: its one creation is spent.
    expect((await createAs(url, '203.0.113.2')).status).toBe(429);
    const code = new URL(first.join!).pathname.split('/')[2]!;
    expect(await socketAs(url, code, '203.0.113.1')).toBe('connected');
    expect(await socketAs(url, code, '203.0.113.2')).toBe('websocket error');
    expect(await yjsAs(url, code, '203.0.113.3')).toBe('429');
  });
});

describe('TRUST_PROXY=loopback: the proxy on this machine is believed', () => {
  it('counts each forwarded client on its own and links with the forwarded scheme', async () => {
    const { url } = await start(['loopback']);
    const first = await createAs(url, '203.0.113.1');
    expect(first.status).toBe(201);
    expect(first.join).toMatch(/^https:\/\/127\.0\.0\.1:/);
    expect((await createAs(url, '203.0.113.2', 'http')).join).toMatch(/^http:\/\//);
    expect((await createAs(url, '203.0.113.1')).status).toBe(429);
    const code = new URL(first.join!).pathname.split('/')[2]!;
    expect(await socketAs(url, code, '203.0.113.1')).toBe('connected');
    expect(await socketAs(url, code, '203.0.113.1')).toBe('websocket error');
    expect(await yjsAs(url, code, '203.0.113.2')).toBe('open');
    expect(await yjsAs(url, code, '203.0.113.2')).toBe('429');
  });
});

describe('/metrics without METRICS_TOKEN behind a proxy on this machine', () => {
  it('answers a scraper on this machine, not a caller the proxy forwards', async () => {
    server = await startTestServer({ config: { trustProxy: ['loopback'], metrics: { token: null } } });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
    const forwarded = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(forwarded.status).toBe(403);
  });
});

describe('TRUST_PROXY in the environment', () => {
  it.each([
    [{}, []],
    [{ TRUST_PROXY: 'loopback' }, ['loopback']],
    [{ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5' }, ['10.0.0.0/8', '192.168.1.5']],
  ])('%j reads as %j', (env, list) => {
    expect(readConfig(env).trustProxy).toEqual(list);
  });

  it('refuses what is not an address, a range or a name', () => {
    expect(() => readConfig({ TRUST_PROXY: 'my-proxy' })).toThrow(/TRUST_PROXY: .*my-proxy/);
  });
});
