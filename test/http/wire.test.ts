/**
 * What crosses the wire to a browser, from the real server: every file the follow route loads,
 * requested as Chromium does (`Accept-Encoding: br, gzip`), arrives compressed with the right cache
 * headers and within the wire-byte budgets; an older client gets gzip, a client without either
 * gets the file as it is; the follow page carries its first view and no inline script.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, getOnTheWire, measureRoutes, type RouteWire } from '../../bench/route-sizes.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const CLIENT = path.resolve('dist/client');
const IMMUTABLE = 'public, max-age=31536000, immutable';
let server: TestServer;
let code: string;
let routes: RouteWire[];
const route = (name: string) => routes.find((r) => r.route === name)!;

beforeAll(async () => {
  server = await startTestServer();
  code = (await server.createWorkshop('ilo-coop-2018')).code;
  routes = await measureRoutes(server.url, code, CLIENT);
});
afterAll(() => server?.close());

describe('bytes on the wire', () => {
  it('sends every file of the follow route in brotli, hashed ones immutable, the page no-cache', () => {
    const follow = route('follow');
    expect(follow.files.length).toBeGreaterThan(5);
    for (const f of [follow.page, ...follow.files]) {
      expect({ path: f.path, status: f.status, encoding: f.encoding, vary: f.vary }).toEqual({
        path: f.path,
        status: 200,
        encoding: 'br',
        vary: 'Accept-Encoding',
      });
    }
    for (const f of follow.files)
      expect({ path: f.path, cache: f.cacheControl }).toEqual({ path: f.path, cache: IMMUTABLE });
    expect(follow.page.cacheControl).toBe('no-cache');
  });

  it('keeps the follow route within 60 KB before its first view, and every route within its budget', () => {
    const follow = route('follow');
    console.log(
      `wire bytes: follow ${follow.firstView} before the first view, ${follow.total} until live; participant ${route('participant').total}`,
    );
    expect(follow.firstView).toBeLessThanOrEqual(BUDGETS.followFirstView);
    expect(follow.total).toBeLessThanOrEqual(BUDGETS.follow);
    expect(route('participant').total).toBeLessThanOrEqual(BUDGETS.participant);
  });

  it('answers gzip to a client without brotli, and the file as it is to one without either', async () => {
    const file = route('follow').files.find((f) => f.path.endsWith('.js'))!.path;
    const raw = fs.statSync(path.join(CLIENT, file)).size;
    const gzip = await getOnTheWire(server.url, file, 'gzip');
    const plain = await getOnTheWire(server.url, file, 'identity');
    expect([gzip.encoding, plain.encoding]).toEqual(['gzip', null]);
    expect(plain.bytes).toBeGreaterThan(raw);
    expect(gzip.bytes).toBeLessThan(plain.bytes);
    // The page, made per request, is compressed on the fly the same way.
    const page = await getOnTheWire(server.url, `/w/${code}/follow`, 'gzip');
    expect(page.encoding).toBe('gzip');
  });

  it('compresses and revalidates API answers, and never serves the app shell for a missing asset', async () => {
    const api = await getOnTheWire(server.url, `/api/workshops/${code}`);
    expect([api.encoding, api.cacheControl]).toEqual(['br', 'no-cache']);
    const shell = await getOnTheWire(server.url, '/');
    expect([shell.encoding, shell.cacheControl]).toEqual(['br', 'no-cache']);
    expect((await getOnTheWire(server.url, '/assets/gone-0000.js')).status).toBe(404);
  });

  it('puts the live step in the follow page itself, with data but no inline script', async () => {
    const html = await (await fetch(`${server.url}/w/${code}/follow`)).text();
    expect(html).toContain('data-testid="countdown"');
    expect(html).toContain('cooperation and trade between cooperatives');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, , body]) => body!.trim());
    expect(inline.map(([, attrs]) => attrs!.trim())).toEqual(['type="application/json" id="plenary-first-view"']);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
  });

  it('follows without Socket.IO: only taking part fetches the socket client', () => {
    // engine.io puts its protocol version in every request as `EIO=`; no other library says it. Chunk
    // names are left out first: a content hash may spell it too (`VoteBar-DzwKdEIO.js`).
    const source = (file: string) => fs.readFileSync(path.join(CLIENT, file), 'utf8').replace(/[\w-]+\.js\b/g, '');
    const speaksEngineIo = (r: RouteWire) =>
      r.files.some((f) => f.path.endsWith('.js') && source(f.path).includes('EIO'));
    expect(speaksEngineIo(route('participant'))).toBe(true);
    expect(speaksEngineIo(route('follow'))).toBe(false);
  });
});
