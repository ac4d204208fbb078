/** Builds the client into dist/client and prints each route's size; in dev, proxies the API and both sockets. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { formatRouteSizes, routeSizes } from '../bench/route-sizes.ts';

const server = process.env.PLENARY_SERVER ?? 'http://localhost:3000';
const outDir = fileURLToPath(new URL('../dist/client', import.meta.url));

/**
 * Trims two library modules every screen downloads and none of ours needs (about 4 KB gzip):
 * engine.io's long-polling and WebTransport transports (the Yjs replica needs a WebSocket anyway,
 * so a network without one cannot run a screen), and lib0's coloured browser console, which
 * pulls a schema library in just to log Yjs warnings; warnings still reach the console, uncoloured.
 */
function slimDependencies(): Plugin {
  const replacements: Array<[RegExp, string]> = [
    [/\/engine\.io-client\/build\/esm\/transports\/index\.js$/, `import { WS } from './websocket.js';\nexport const transports = { websocket: WS };\n`],
    [
      /\/lib0\/logging\.js$/,
      `import { computeNoColorLoggingArgs } from './logging.common.js';\n` +
        `export { BOLD, UNBOLD, BLUE, GREY, GREEN, RED, PURPLE, ORANGE, UNCOLOR } from './logging.common.js';\n` +
        `export const print = (...args) => console.log(...computeNoColorLoggingArgs(args));\n` +
        `export const warn = (...args) => console.warn(...computeNoColorLoggingArgs(args));\n`,
    ],
  ];
  return {
    name: 'plenary-slim-dependencies',
    apply: 'build',
    load(id) {
      const hit = replacements.find(([pattern]) => pattern.test(id));
      return hit ? hit[1] : null;
    },
    transform(code, id) {
      // The XHR transport probes XMLHttpRequest at load time; marked pure, the unused module drops out.
      if (/\/engine\.io-client\/build\/esm\/transports\/polling-xhr\.js$/.test(id)) return code.replace('const hasXHR2 = (function', 'const hasXHR2 = /* @__PURE__ */ (function');
      return null;
    },
  };
}

const LOCALES = ['en', 'fr', 'es'] as const;
const LOCALE_ENTRY = /\/src\/i18n\/locales\/(en|fr|es)\.ts$/;
const LOCALE_QUERY = /\?locale=(en|fr|es)$/;

interface Node {
  type: string;
  start: number;
  end: number;
  callee?: { type: string; name?: string };
  arguments?: Node[];
}

/** Every `defineMessages(en, fr, es)` call in a parsed module. */
function messageCalls(node: unknown, out: Node[] = []): Node[] {
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  if (n.type === 'CallExpression' && n.callee?.type === 'Identifier' && n.callee.name === 'defineMessages' && n.arguments?.length === LOCALES.length) out.push(n);
  for (const value of Object.values(n)) if (value && typeof value === 'object') messageCalls(value, out);
  return out;
}

/**
 * One language per catalog chunk. Modules reached from `i18n/locales/<lang>.ts` are loaded as
 * `<module>?locale=<lang>`, and in those copies every `defineMessages(en, fr, es)` keeps only
 * that language's argument (the others become `{}`), so the chunk carries one language.
 */
function catalogPerLocale(): Plugin[] {
  const resolver: Plugin = {
    name: 'plenary-catalog-per-locale:resolve',
    // Before Vite's own resolver, which would otherwise answer first without the query.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const locale = importer && (LOCALE_ENTRY.exec(importer) ?? LOCALE_QUERY.exec(importer))?.[1];
      if (!locale || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.external ? `${resolved.id}?locale=${locale}` : resolved;
    },
    load(id) {
      return LOCALE_QUERY.test(id) ? fs.readFileSync(id.replace(LOCALE_QUERY, ''), 'utf8') : null;
    },
  };
  // After TypeScript is stripped, so the module parses as JavaScript.
  const picker: Plugin = {
    name: 'plenary-catalog-per-locale:pick',
    transform(code, id) {
      const locale = LOCALE_QUERY.exec(id)?.[1];
      if (!locale || !code.includes('defineMessages(')) return null;
      const keep = LOCALES.indexOf(locale as (typeof LOCALES)[number]);
      let out = code;
      // Splice from the end so earlier offsets stay valid.
      for (const call of messageCalls(this.parse(code)).reverse()) {
        for (const [i, arg] of [...call.arguments!.entries()].reverse()) if (i !== keep) out = out.slice(0, arg.start) + '{}' + out.slice(arg.end);
      }
      return { code: out, map: null };
    },
  };
  return [resolver, picker];
}

/** Prints what each route downloads once the build is written. */
function routeSizeReport(): Plugin {
  return {
    name: 'plenary-route-sizes',
    apply: 'build',
    closeBundle() {
      if (fs.existsSync(`${outDir}/.vite/manifest.json`)) console.log(`\n${formatRouteSizes(routeSizes(outDir))}\n`);
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), ...catalogPerLocale(), slimDependencies(), routeSizeReport()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    reportCompressedSize: true,
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/socket.io': { target: server, ws: true },
      '/yjs': { target: server, ws: true },
    },
  },
});
