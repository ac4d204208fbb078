/**
 * deploy/Caddyfile as the README shows it, run by the real Caddy (`tls internal` on a loopback
 * port) in front of a server with TRUST_PROXY=loopback: REST, Socket.IO and the y-websocket
 * replica all connect through it over HTTPS and WSS, trusting only Caddy's own root; the server
 * builds its links with https (the scheme Caddy forwarded); Caddy redirects plain http.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteInput, okValue } from '../helpers/board-room.ts';
import { connectSocket, newToken, openReplica, send } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { httpsRequest, webSocketTrusting } from '../helpers/tls.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
let caddy: ChildProcess;
let caddyLog = '';
/** Caddy's address, its plain-http port, and the root of its internal authority (PEM). */
let site = '';
let httpPort = 0;
let root = '';

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  server = await startTestServer({ config: { trustProxy: ['loopback'] } });
  const [httpsPort, plainPort] = [await freePort(), await freePort()];
  httpPort = plainPort;
  site = `https://localhost:${httpsPort}`;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-caddy-'));
  caddy = spawn('caddy', ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      // Caddy keeps its authority and certificates here, not in the machine's home.
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      PLENARY_SITE: `localhost:${httpsPort}`,
      PLENARY_TLS: 'internal',
      PLENARY_UPSTREAM: new URL(server.url).host,
      PLENARY_HTTP_PORT: String(plainPort),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  caddy.stderr?.setEncoding('utf8').on('data', (d: string) => (caddyLog += d));
  const rootFile = path.join(home, 'data/caddy/pki/authorities/local/root.crt');
  await waitFor(() => fs.existsSync(rootFile), `Caddy's root certificate (log: ${caddyLog.slice(-500)})`, 20_000);
  root = fs.readFileSync(rootFile, 'utf8');
  await waitFor(
    () =>
      httpsRequest(`${site}/healthz`, root).then(
        (r) => r.status === 200,
        () => false,
      ),
    'the server through Caddy',
    20_000,
  );
}, 60_000);

afterAll(async () => {
  if (caddy && caddy.exitCode === null) {
    const exited = new Promise((resolve) => caddy.once('exit', resolve));
    caddy.kill('SIGTERM');
    await exited;
  }
  await server?.close();
});

describe('Caddy in front (deploy/Caddyfile)', () => {
  it('is the configuration the README shows', () => {
    const caddyfile = fs.readFileSync('deploy/Caddyfile', 'utf8');
    expect(fs.readFileSync('README.md', 'utf8')).toContain(`\`\`\`caddyfile\n${caddyfile}\`\`\``);
  });

  it('carries REST, Socket.IO and the replica over HTTPS/WSS; the server links with https', async () => {
    const created = await httpsRequest(`${site}/api/workshops`, root, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'ilo-coop-2018' }),
    });
    expect(created.status).toBe(201);
    const { code, facilitatorKey, links } = JSON.parse(created.body);
    // The server itself is plain http on loopback: https here is the scheme Caddy forwarded.
    expect(links.facilitate).toMatch(new RegExp(`^${site}/w/${code}/facilitate#key=`));
    expect(links.join).toBe(`${site}/w/${code}`);

    const { socket: fac } = await connectSocket(site, { code, client: 'facilitate', facilitatorKey }, { ca: root });
    const { socket: ana } = await connectSocket(site, { code, client: 'participant' }, { ca: root });
    try {
      okValue(await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' }));
      okValue(await send(fac, 'board:mode', { boardId: 'challenges', mode: 'open' }));
      const token = newToken();
      okValue(await send(ana, 'session:join', { name: 'Ana', organisation: 'Coop', attendance: 'room', token }));
      const replica = await openReplica(site, code, {}, webSocketTrusting(root));
      okValue(await send(ana, 'note:add', noteInput('n-caddy', 'Through Caddy')));
      await waitFor(() => replica.state().notes['n-caddy']?.text === 'Through Caddy', 'the replica to see the note');
      replica.destroy();
    } finally {
      fac.close();
      ana.close();
    }
  });

  it('redirects plain http to the https site', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: httpPort, path: '/w/ABCDEF', headers: { host: 'localhost' } }, resolve)
        .on('error', reject);
    });
    res.resume();
    expect(res.statusCode).toBeGreaterThanOrEqual(301);
    expect(res.statusCode).toBeLessThanOrEqual(308);
    expect(res.headers.location).toBe(`${site}/w/ABCDEF`);
  });
});
