/**
 * TLS_CERT / TLS_KEY: the one port serves HTTPS and WSS to the real clients (REST, Socket.IO,
 * the y-websocket replica), each trusting only the test's own self-signed certificate;
 * HTTP_REDIRECT_PORT sends plain http to it; a missing or wrong file stops the start with its reason.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { readTls } from '../../server/http/listener.ts';
import { noteInput, okValue } from '../helpers/board-room.ts';
import { connectSocket, newToken, openReplica, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, tempDataDir, type TestServer } from '../helpers/server.ts';
import { httpsRequest, selfSignedCertificate, webSocketTrusting } from '../helpers/tls.ts';
import { waitFor } from '../helpers/wait.ts';

const cert = selfSignedCertificate();

let server: TestServer | null = null;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
  server = null;
});

/** A port nobody listens on now (the redirect listener takes it a moment later). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A plain-http request to the redirect port, as a browser typing `http://` sends it. */
function plainRequest(port: number, method: string, pathAndQuery: string, host = `127.0.0.1:${port}`) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: pathAndQuery, headers: { host } }, (res) => {
      res.resume();
      resolve(res);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTPS and WSS on one port', () => {
  it('carries REST, Socket.IO and the Yjs replica, and redirects plain http', async () => {
    const redirectPort = await freePort();
    server = await startTestServer({
      config: { tls: { certFile: cert.certFile, keyFile: cert.keyFile }, httpRedirectPort: redirectPort },
    });
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(server.url).port);

    // REST: a workshop created over https answers links that are https too.
    const created = await httpsRequest(`${server.url}/api/workshops`, cert.ca, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'ilo-coop-2018' }),
    });
    expect(created.status).toBe(201);
    const { code, facilitatorKey, links } = JSON.parse(created.body);
    expect(links.facilitate).toMatch(new RegExp(`^https://127\\.0\\.0\\.1:${port}/w/${code}/facilitate#key=`));
    expect(created.headers['strict-transport-security']).toBeDefined();

    // Socket.IO over WSS: the facilitator opens a board, a participant joins and writes.
    const { socket: fac } = await connectSocket(
      server.url,
      { code, client: 'facilitate', facilitatorKey },
      { ca: cert.ca },
    );
    sockets.push(fac);
    okValue(await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' }));
    okValue(await send(fac, 'board:mode', { boardId: 'challenges', mode: 'open' }));
    const { socket: ana } = await connectSocket(server.url, { code, client: 'participant' }, { ca: cert.ca });
    sockets.push(ana);
    const token = newToken();
    okValue(await send(ana, 'session:join', { name: 'Ana', organisation: 'Coop', attendance: 'room', token }));

    // The replica over WSS sees the note the server acknowledged.
    const replica = await openReplica(server.url, code, {}, webSocketTrusting(cert.ca));
    okValue(await send(ana, 'note:add', noteInput('n-tls', 'Sent over TLS')));
    await waitFor(() => replica.state().notes['n-tls']?.text === 'Sent over TLS', 'the replica to see the note');
    replica.destroy();

    // A client that does not trust the certificate is refused by TLS itself, before any of ours.
    await expect(httpsRequest(`${server.url}/healthz`, '')).rejects.toThrow();

    // Plain http on the redirect port: a page moves (301), anything else keeps its method (308).
    const page = await plainRequest(redirectPort, 'GET', `/w/${code}?lang=fr`);
    expect(page.statusCode).toBe(301);
    expect(page.headers.location).toBe(`https://127.0.0.1:${port}/w/${code}?lang=fr`);
    const post = await plainRequest(redirectPort, 'POST', '/api/workshops', `localhost:${redirectPort}`);
    expect(post.statusCode).toBe(308);
    expect(post.headers.location).toBe(`https://localhost:${port}/api/workshops`);
    // Never to a name that is not ours (a rebound DNS name).
    expect((await plainRequest(redirectPort, 'GET', '/', 'evil.example')).statusCode).toBe(421);
  });
});

describe('npm run serve with TLS_CERT and TLS_KEY', () => {
  it('prints https links', async () => {
    const child = serve({ TLS_CERT: cert.certFile, TLS_KEY: cert.keyFile, SEED_TEMPLATE: 'blank' }, 'pipe');
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    try {
      await waitFor(() => stdout.includes('Participants join:'), 'the printed links', 30_000);
    } finally {
      child.kill('SIGTERM');
    }
    expect(stdout).toMatch(/Facilitator \(keep private\): https:\/\/localhost:\d+\/w\/[A-Z0-9]{6}\/facilitate#key=/);
    expect(stdout).not.toContain('http://');
    expect(stdout).not.toContain('Plain http');
  });
});

describe('the TLS settings in the environment', () => {
  it.each([
    [{ TLS_CERT: 'c.pem' }, 'TLS_CERT and TLS_KEY: set both'],
    [{ TLS_KEY: 'k.pem' }, 'TLS_CERT and TLS_KEY: set both'],
    [{ HTTP_REDIRECT_PORT: '8080' }, 'HTTP_REDIRECT_PORT: redirects to https, so it needs TLS_CERT and TLS_KEY'],
    [{ TLS_CERT: 'c.pem', TLS_KEY: 'k.pem', PORT: '8443', HTTP_REDIRECT_PORT: '8443' }, 'must differ from PORT'],
  ])('%j is refused: %s', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it('reads the pair as absolute paths and the redirect port', () => {
    const config = readConfig({ TLS_CERT: 'c.pem', TLS_KEY: '/etc/k.pem', HTTP_REDIRECT_PORT: '80' });
    expect(config.tls).toEqual({ certFile: path.resolve('c.pem'), keyFile: '/etc/k.pem' });
    expect(config.httpRedirectPort).toBe(80);
    expect(readConfig({}).tls).toBeNull();
  });
});

describe('a certificate that cannot be used', () => {
  it.each([
    ['TLS_CERT: cannot read', () => ({ certFile: '/nonexistent/cert.pem', keyFile: cert.keyFile })],
    ['TLS_KEY: cannot read', () => ({ certFile: cert.certFile, keyFile: '/nonexistent/key.pem' })],
    ['are not a PEM certificate and its private key', () => ({ certFile: cert.certFile, keyFile: other().keyFile })],
    ['are not a PEM certificate and its private key', () => ({ certFile: notPem(), keyFile: cert.keyFile })],
  ])('says "%s"', (message, files) => {
    expect(() => readTls(files())).toThrow(message);
  });

  it('stops `npm run serve` at once with the reason and a non-zero exit', async () => {
    const child = serve({ TLS_CERT: '/nonexistent/cert.pem', TLS_KEY: cert.keyFile });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('Plenary failed to start: TLS_CERT: cannot read /nonexistent/cert.pem (ENOENT)');
  });
});

/** `npm run serve` as its own process, on a free port of a fresh DATA_DIR. */
function serve(env: Record<string, string>, stdout: 'ignore' | 'pipe' = 'ignore') {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDataDir(), SEED_TEMPLATE: 'none', ...env },
    stdio: ['ignore', stdout, 'pipe'],
  });
}

let otherCert: ReturnType<typeof selfSignedCertificate> | null = null;
function other() {
  otherCert ??= selfSignedCertificate();
  return otherCert;
}

function notPem(): string {
  const file = path.join(path.dirname(cert.certFile), 'not-a-cert.pem');
  fs.writeFileSync(file, 'this is not a certificate\n');
  return file;
}
