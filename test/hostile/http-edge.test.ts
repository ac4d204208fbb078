/**
 * Attack 7: the Host header decides nothing. Links and the QR come from PUBLIC_URL or a name of
 * this server; a request naming another host (a DNS-rebound page) is refused on HTTP and on both
 * sockets; the QR is never cached for everyone; a body that is announced too large, or sent too
 * slowly, does not hold its connection.
 */
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

/** An HTTP request with a Host (and Origin) of our choosing, which fetch does not allow. */
function requestAs(
  url: string,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Opens a raw TCP connection, writes `bytes`, and resolves what came back and how long until the server closed it. */
function rawExchange(
  url: string,
  bytes: string,
  waitMs: number,
): Promise<{ answer: string; closedAfterMs: number | null }> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const socket = net.connect(Number(port), '127.0.0.1');
    let answer = '';
    let closedAfterMs: number | null = null;
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ answer, closedAfterMs });
    }, waitMs);
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closedAfterMs = performance.now() - t0;
      clearTimeout(timer);
      resolve({ answer, closedAfterMs });
    });
    socket.write(bytes, 'latin1');
  });
}

/** The HTTP status a WebSocket upgrade to `url` gets (101 when it opens). */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url.replace('http', 'ws'), { headers, origin: headers.origin });
    ws.on('error', () => undefined);
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
  });
}

const create = JSON.stringify({ template: 'ilo-coop-2018' });

describe('the Host header', () => {
  it('builds no link and opens no socket for a name that is not this server’s', async () => {
    server = await startTestServer();
    const evil = { host: 'evil.example', origin: 'http://evil.example', 'content-type': 'application/json' };
    const made = await requestAs(server.url, '/api/workshops', evil, 'POST', create);
    expect(made.status).toBe(421);
    expect(made.body).not.toContain('evil.example');
    for (const path of ['/', '/healthz', '/w/ABCDEF', '/api/workshops/ABCDEF/qr.svg'])
      expect((await requestAs(server.url, path, evil)).status).toBe(421);

    const { code } = await server.createWorkshop();
    // DNS rebinding: the page's origin and the Host agree, both the attacker's name.
    const polling = await requestAs(server.url, '/socket.io/?EIO=4&transport=polling', evil);
    expect(polling.status).toBe(403);
    expect(await upgradeStatus(`${server.url}/yjs/${code}`, evil)).toBe(403);
    const sio = await upgradeStatus(`${server.url}/socket.io/?EIO=4&transport=websocket`, evil);
    expect(sio).toBeGreaterThanOrEqual(400);
  });

  it('gives links from the name the server was reached by, or from PUBLIC_URL when set', async () => {
    server = await startTestServer();
    const port = new URL(server.url).port;
    const local = await requestAs(
      server.url,
      '/api/workshops',
      { host: `localhost:${port}`, 'content-type': 'application/json' },
      'POST',
      create,
    );
    expect((JSON.parse(local.body) as CreatedWorkshop).links.join).toMatch(
      new RegExp(`^http://localhost:${port}/w/[A-Z0-9]{6}$`),
    );
    await server.close();

    server = await startTestServer({ config: { publicUrl: 'https://plenary.example.org' } });
    const named = await requestAs(
      server.url,
      '/api/workshops',
      { host: 'plenary.example.org', 'content-type': 'application/json' },
      'POST',
      create,
    );
    expect(named.status).toBe(201);
    const { links, code } = JSON.parse(named.body) as CreatedWorkshop;
    expect(links.join).toBe(`https://plenary.example.org/w/${code}`);
    const direct = await requestAs(
      server.url,
      '/api/workshops',
      { 'content-type': 'application/json' },
      'POST',
      create,
    );
    expect((JSON.parse(direct.body) as CreatedWorkshop).links.join).toMatch(/^https:\/\/plenary\.example\.org\/w\//);

    const qr = await requestAs(server.url, `/api/workshops/${code}/qr.svg`, {});
    expect(qr.status).toBe(200);
    expect(qr.headers['cache-control']).not.toMatch(/public/);
    expect(qr.headers['cache-control']).toMatch(/private/);
    expect(qr.headers.vary).toMatch(/host/i);
  });
});

describe('bodies that lie or crawl', () => {
  it('answers a body announced at 10^12 bytes at once and closes the connection', async () => {
    server = await startTestServer();
    const { answer, closedAfterMs } = await rawExchange(
      server.url,
      'POST /api/workshops HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000000000000\r\n\r\n{"tem',
      5000,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs!).toBeLessThan(2000);
  });

  it('cuts off a body that never finishes, and headers that never end, once their time is up', async () => {
    server = await startTestServer({
      config: { limits: { ...DEFAULT_LIMITS, headersTimeoutMs: 1000, requestTimeoutMs: 1500 } },
    });
    const [body, headers] = await Promise.all([
      rawExchange(
        server.url,
        'POST /api/workshops HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 30\r\n\r\n{"tem',
        8000,
      ),
      rawExchange(server.url, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 8000),
    ]);
    expect(body.closedAfterMs).not.toBeNull();
    expect(body.closedAfterMs!).toBeLessThan(5000);
    expect(headers.closedAfterMs).not.toBeNull();
    expect(headers.closedAfterMs!).toBeLessThan(5000);
  });
});
