/** Trust at the edge: security headers, who may open a socket, and how big a message may be. */
import fs from 'node:fs';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectSocket, newToken, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
  await server?.close();
});

function cspOf(res: Response): Map<string, string> {
  const header = res.headers.get('content-security-policy') ?? '';
  return new Map(
    header.split(';').map(
      (d) =>
        d
          .trim()
          .split(/\s+(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );
}

/** Opens a Socket.IO connection claiming `origin`; resolves 'connected' or the error message. */
function socketWithOrigin(url: string, code: string, origin: string): Promise<string> {
  const socket: TestSocket = io(url, {
    auth: { code, client: 'participant' },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { origin },
  });
  cleanups.push(() => socket.close());
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

/** Opens a raw Yjs connection claiming `origin`; resolves 'open' or the HTTP status. */
function yjsWithOrigin(url: string, code: string, origin: string): Promise<string> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/yjs/${code}`, { headers: { origin } });
  ws.on('error', () => undefined); // terminating a refused handshake reports one
  cleanups.push(() => ws.terminate());
  return new Promise((resolve) => {
    ws.once('open', () => resolve('open'));
    ws.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
  });
}

describe('security headers', () => {
  it.each(['/', '/w/ABCDEF/facilitate', '/healthz', '/api/workshops/ZZZZZZ', '/api/nothing'])(
    '%s carries a CSP that allows no inline script',
    async (route) => {
      server = await startTestServer();
      const res = await fetch(server.url + route);
      const csp = cspOf(res);
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('script-src-attr')).toBe("'none'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.get('default-src')).toBe("'self'");
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    },
  );

  it('the built client has no inline script, so the policy does not break it', () => {
    const index = path.resolve('dist/client/index.html');
    if (!fs.existsSync(index))
      throw new Error('dist/client/index.html is missing: run `npm run build` first (npm test does)');
    const html = fs.readFileSync(index, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('origin checks on both sockets', () => {
  it('refuses a foreign origin and admits the same host, on Socket.IO and Yjs', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const own = server.url;
    expect(await socketWithOrigin(server.url, code, 'http://evil.example')).not.toBe('connected');
    expect(await yjsWithOrigin(server.url, code, 'http://evil.example')).toBe('403');
    expect(await socketWithOrigin(server.url, code, 'null')).not.toBe('connected');
    expect(await socketWithOrigin(server.url, code, own)).toBe('connected');
    expect(await yjsWithOrigin(server.url, code, own)).toBe('open');
  });

  it('refuses a foreign origin on the Socket.IO polling handshake too', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(res.status).toBe(403);
    const same = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: server.url } });
    expect(same.status).toBe(200);
  });

  it('admits exactly the configured origins when ALLOWED_ORIGINS is set', async () => {
    server = await startTestServer({ config: { allowedOrigins: ['https://plenary.example.org'] } });
    const { code } = await server.createWorkshop();
    expect(await socketWithOrigin(server.url, code, 'https://plenary.example.org')).toBe('connected');
    expect(await yjsWithOrigin(server.url, code, 'https://plenary.example.org')).toBe('open');
    expect(await socketWithOrigin(server.url, code, 'https://plenary.example.org.evil.example')).not.toBe('connected');
    expect(await yjsWithOrigin(server.url, code, 'http://plenary.example.org')).toBe('403');
  });
});

describe('size limits', () => {
  it('drops a Socket.IO client that sends more than 16 KiB in one message, and keeps others', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const big = await connectSocket(server.url, { code, client: 'participant' });
    const other = await connectSocket(server.url, { code, client: 'participant' });
    cleanups.push(
      () => big.socket.close(),
      () => other.socket.close(),
    );
    const gone = new Promise<string>((resolve) => big.socket.once('disconnect', resolve));
    big.socket.emit(
      'session:join',
      { name: 'x'.repeat(17 * 1024), organisation: 'o', attendance: 'room', token: newToken(), commandId: 'j1' },
      () => undefined,
    );
    expect(await gone).toBe('transport close');
    const ping = await other.socket.timeout(2000).emitWithAck('clock:ping', null);
    expect(ping.ok).toBe(true);
  });

  it('answers a just-under-limit Socket.IO message with bad_request rather than dropping it', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const { socket } = await connectSocket(server.url, { code, client: 'participant' });
    cleanups.push(() => socket.close());
    const r = await socket.timeout(2000).emitWithAck('session:join', {
      name: 'x'.repeat(15 * 1024),
      organisation: 'o',
      attendance: 'room',
      token: newToken(),
      commandId: 'j1',
    });
    expect(r).toMatchObject({ ok: false, error: 'bad_request' });
  });

  it('closes a Yjs connection that sends a frame over 16 KiB (1009)', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/${code}`);
    cleanups.push(() => ws.terminate());
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (c) => r(c)));
    ws.send(Buffer.alloc(17 * 1024, 1));
    expect(await closed).toBe(1009);
  });

  it.each([
    ['POST /api/workshops', '/api/workshops', 'POST'],
    ['POST to an unknown API route', '/api/workshops/ABCDEF/whatever', 'POST'],
  ])('refuses an HTTP body over 32 KB: %s', async (_name, route, method) => {
    server = await startTestServer();
    const res = await fetch(server.url + route, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'blank', title: 'x'.repeat(40_000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'payload_too_large' });
  });
});
