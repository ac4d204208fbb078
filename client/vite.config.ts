/** Builds the client into dist/client and prints each route's size; in dev, proxies the API and both sockets. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { buildSizes, formatBuildSizes } from '../bench/route-sizes.ts';
import { catalogPerLocale } from './catalog-plugin.ts';

const server = process.env.PLENARY_SERVER ?? 'http://localhost:3000';
const outDir = fileURLToPath(new URL('../dist/client', import.meta.url));

/**
 * Trims library modules every screen downloads and none of ours needs (about 4 KB gzip):
 * engine.io's long-polling and WebTransport transports (the Yjs replica needs a WebSocket anyway,
 * so a network without one cannot run a screen), and lib0's coloured browser console, which
 * pulls a schema library in just to log Yjs warnings; warnings still reach the console, uncoloured.
 */
function slimDependencies(): Plugin {
  const replacements: Array<[RegExp, string]> = [
    // Cross-tab sharing of Yjs updates: pointless for replicas only the server writes, and off (disableBc).
    [
      /\/lib0\/broadcastchannel\.js$/,
      `export const subscribe = () => {};\nexport const unsubscribe = () => {};\nexport const publish = () => {};\n`,
    ],
    [
      /\/engine\.io-client\/build\/esm\/transports\/index\.js$/,
      `import { WS } from './websocket.js';\nexport const transports = { websocket: WS };\n`,
    ],
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
      if (/\/engine\.io-client\/build\/esm\/transports\/polling-xhr\.js$/.test(id))
        return code.replace('const hasXHR2 = (function', 'const hasXHR2 = /* @__PURE__ */ (function');
      return null;
    },
  };
}

/** Prints what each route downloads once the build is written. */
function routeSizeReport(): Plugin {
  return {
    name: 'plenary-route-sizes',
    apply: 'build',
    // After the manifest is written, and only when the build succeeded.
    closeBundle(error?: Error) {
      if (!error && fs.existsSync(`${outDir}/.vite/manifest.json`))
        console.log(`\n${formatBuildSizes(buildSizes(outDir))}\n`);
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    ...catalogPerLocale({
      follow: fileURLToPath(new URL('./src/screens/Follow.tsx', import.meta.url)),
      participant: fileURLToPath(new URL('./src/screens/Participate.tsx', import.meta.url)),
    }),
    slimDependencies(),
    // Every text asset also as .br and .gz beside it: the server sends them as they are, spending no CPU per request.
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(html|js|css|svg|json)$/ }),
    routeSizeReport(),
  ],
  build: {
    modulePreload: {
      // The phone's group screen loads only while groups run, and everything it imports is already
      // on the phone: its preload list (24 file names, ~400 B in Participate's chunk) would be sent
      // to every phone for nothing, on a route with a 141 KB budget. So would the list of the line
      // naming a merged commitment's group, loaded only once a merge brought commitments.
      resolveDependencies: (filename, deps) =>
        /\/(GroupPhone|GroupOrigin)-[^/]*\.js$/.test(`/${filename}`) ? [] : deps,
    },
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    reportCompressedSize: true,
    rolldownOptions: {
      // The follow page's countdown ticks from the server-rendered first view before the app arrives.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        'first-view': fileURLToPath(new URL('./src/first-view/tick.ts', import.meta.url)),
      },
    },
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
