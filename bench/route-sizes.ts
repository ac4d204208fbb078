/**
 * What each route downloads before it shows anything: the entry, the route's screen chunk, every
 * chunk they import statically, and their CSS, gzipped. Read from Vite's build manifest, so the
 * build (which prints it) and `npm run size` (which checks the budget) count the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export const ROUTES = {
  participant: 'src/screens/Participate.tsx',
  facilitator: 'src/screens/Facilitate.tsx',
  screen: 'src/screens/Screen.tsx',
  follow: 'src/screens/Follow.tsx',
} as const;
export type RouteName = keyof typeof ROUTES;
/** Catalog chunks per language; the follow route loads its trimmed variant. */
const catalogsOf = (route: RouteName) =>
  ['en', 'fr', 'es'].map((l) => `src/i18n/locales/${route === 'follow' ? 'follow-' : ''}${l}.ts`);

/** The follow route's budget: JavaScript and CSS together, gzip, in bytes (1 KB = 1000 bytes). */
export const FOLLOW_BUDGET = 110_000;

export interface RouteSize {
  route: RouteName;
  files: string[];
  js: number;
  css: number;
  total: number;
}

/** Files loaded before first render of a route: static imports of the entry and of its screen. */
function filesOf(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`route-sizes: ${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return [...files];
}

/** Per-route gzip sizes (zlib's default level, as servers and Vite use) of a build in `outDir`. */
export function routeSizes(outDir: string): RouteSize[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gz = new Map<string, number>();
  const size = (file: string) =>
    gz.get(file) ?? gz.set(file, zlib.gzipSync(fs.readFileSync(path.join(outDir, file))).length).get(file)!;
  const weight = (files: string[]) => files.reduce((n, f) => n + size(f), 0);
  return (Object.keys(ROUTES) as RouteName[]).map((route) => {
    // A screen renders once its language is here: count the largest of its three catalogs.
    const catalog = catalogsOf(route)
      .map((key) => filesOf(manifest, [key]))
      .sort((a, b) => weight(b) - weight(a))[0]!;
    const files = [...new Set([...filesOf(manifest, ['index.html', ROUTES[route]]), ...catalog])];
    const js = files.filter((f) => f.endsWith('.js')).reduce((n, f) => n + size(f), 0);
    const css = files.filter((f) => f.endsWith('.css')).reduce((n, f) => n + size(f), 0);
    return { route, files, js, css, total: js + css };
  });
}

/** A table for a terminal. */
export function formatRouteSizes(sizes: RouteSize[]): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`.padStart(9);
  const rows = sizes.map(
    (s) =>
      `  ${s.route.padEnd(12)}${kb(s.js)}${kb(s.css)}${kb(s.total)}${s.route === 'follow' ? `   (budget ${kb(FOLLOW_BUDGET).trim()})` : ''}`,
  );
  return [
    'Per-route download, gzip:',
    `  ${'route'.padEnd(12)}${'JS'.padStart(9)}${'CSS'.padStart(9)}${'total'.padStart(9)}`,
    ...rows,
  ].join('\n');
}
