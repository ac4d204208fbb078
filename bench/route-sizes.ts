/**
 * What each route sends over the wire before its screen runs, in the encoding the server really
 * sends (brotli to a browser that accepts it). Counted two ways that agree on the bodies: from the
 * build (the `.br` files the server sends as they are; the build prints it) and from a running
 * server (every response's bytes on its socket, headers included; `npm run size` and its test).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { BUILD_KEYS, filesBefore, readManifest, type Manifest } from '../server/http/client-build.ts';

export const ROUTES = {
  participant: { screen: 'src/screens/Participate.tsx', page: '' },
  facilitator: { screen: 'src/screens/Facilitate.tsx', page: '/facilitate' },
  screen: { screen: 'src/screens/Screen.tsx', page: '/screen' },
  follow: { screen: BUILD_KEYS.follow, page: '/follow' },
} as const;
export type RouteName = keyof typeof ROUTES;

/** Budgets on wire bytes (1 KB = 1000 bytes). */
export const BUDGETS = {
  /** The follow route before its first view: what a 400 kbps link carries in 1.2 s. */
  followFirstView: 60_000,
  /** The follow route until it is live (scripts, styles, catalog). */
  follow: 110_000,
  /**
   * The phone until it runs; its catalog holds only the keys its screens name (client/catalog-plugin.ts).
   * 140 KB until the breakout groups' phone screen (3 December 2026): the screen itself loads
   * only while groups work, but the words it can show travel in the phone's catalog (~300 B)
   * and its hooks on the route (~100 B); the route was 139.9 KB before it, 140.6 KB after.
   */
  participant: 141_000,
} as const;

/** Files a route loads before its screen runs: the entry, the screen's chunks and CSS, one catalog. */
export function routeFiles(manifest: Manifest, route: RouteName, locale = 'en'): string[] {
  const trimmed = route === 'follow' || route === 'participant';
  const catalog = `src/i18n/locales/${trimmed ? `${route}-` : ''}${locale}.ts`;
  const keys = [BUILD_KEYS.index, ROUTES[route].screen, catalog, ...(route === 'follow' ? [BUILD_KEYS.firstView] : [])];
  return filesBefore(manifest, keys);
}

export interface BuildSize {
  route: RouteName;
  js: number;
  css: number;
  total: number;
}

/** Brotli bytes of each route's files, as the build wrote them (the bodies the server sends). */
export function buildSizes(outDir: string): BuildSize[] {
  const manifest = readManifest(outDir);
  // A file brotli would not shrink has no .br copy, and is sent as it is.
  const br = (f: string) => {
    const file = path.join(outDir, f);
    return fs.statSync(fs.existsSync(`${file}.br`) ? `${file}.br` : file).size;
  };
  return (Object.keys(ROUTES) as RouteName[]).map((route) => {
    const files = routeFiles(manifest, route);
    const js = files.filter((f) => f.endsWith('.js')).reduce((n, f) => n + br(f), 0);
    const css = files.filter((f) => f.endsWith('.css')).reduce((n, f) => n + br(f), 0);
    return { route, js, css, total: js + css };
  });
}

export interface WireResponse {
  path: string;
  status: number;
  /** Bytes read from the socket: status line, headers and body as encoded. */
  bytes: number;
  encoding: string | null;
  cacheControl: string | null;
  vary: string | null;
}

/** One GET on a connection of its own, counting every byte the server sent on it. */
export function getOnTheWire(baseUrl: string, pathname: string, encoding = 'br, gzip'): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      new URL(pathname, baseUrl),
      { agent: false, headers: { 'accept-encoding': encoding, 'accept-language': 'en' } },
      (res) => {
        const socket = res.socket;
        res.resume();
        res.on('end', () =>
          resolve({
            path: pathname,
            status: res.statusCode ?? 0,
            bytes: socket.bytesRead,
            encoding: (res.headers['content-encoding'] as string | undefined) ?? null,
            cacheControl: (res.headers['cache-control'] as string | undefined) ?? null,
            vary: (res.headers.vary as string | undefined) ?? null,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

export interface RouteWire {
  route: RouteName;
  page: WireResponse;
  files: WireResponse[];
  /** Bytes before the first view: the page alone for follow (it carries its first view), all of it elsewhere. */
  firstView: number;
  total: number;
}

/** Requests each route of workshop `code` from a running server, and every file its screen loads. */
export async function measureRoutes(baseUrl: string, code: string, outDir: string): Promise<RouteWire[]> {
  const manifest = readManifest(outDir);
  const out: RouteWire[] = [];
  for (const route of Object.keys(ROUTES) as RouteName[]) {
    const page = await getOnTheWire(baseUrl, `/w/${code}${ROUTES[route].page}`);
    const files = await Promise.all(routeFiles(manifest, route).map((f) => getOnTheWire(baseUrl, `/${f}`)));
    const total = page.bytes + files.reduce((n, f) => n + f.bytes, 0);
    out.push({ route, page, files, firstView: route === 'follow' ? page.bytes : total, total });
  }
  return out;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`.padStart(9);

/** The server-measured table for a terminal. */
export function formatWire(rows: RouteWire[]): string {
  return [
    'Per-route bytes on the wire (brotli as sent, headers included):',
    `  ${'route'.padEnd(12)}${'page'.padStart(9)}${'scripts'.padStart(9)}${'styles'.padStart(9)}${'first view'.padStart(12)}${'total'.padStart(9)}`,
    ...rows.map((r) => {
      const of = (ext: string) => r.files.filter((f) => f.path.endsWith(ext)).reduce((n, f) => n + f.bytes, 0);
      const budget =
        r.route === 'follow'
          ? `   (budgets ${kb(BUDGETS.followFirstView).trim()} / ${kb(BUDGETS.follow).trim()})`
          : r.route === 'participant'
            ? `   (budget ${kb(BUDGETS.participant).trim()})`
            : '';
      return `  ${r.route.padEnd(12)}${kb(r.page.bytes)}${kb(of('.js'))}${kb(of('.css'))}${kb(r.firstView).padStart(12)}${kb(r.total)}${budget}`;
    }),
  ].join('\n');
}

/** The build's own table (bodies only, from the `.br` files). */
export function formatBuildSizes(sizes: BuildSize[]): string {
  return [
    'Per-route scripts and styles, brotli as the server sends them (`npm run size` adds the page and headers):',
    `  ${'route'.padEnd(12)}${'JS'.padStart(9)}${'CSS'.padStart(9)}${'total'.padStart(9)}`,
    ...sizes.map((s) => `  ${s.route.padEnd(12)}${kb(s.js)}${kb(s.css)}${kb(s.total)}`),
  ].join('\n');
}
