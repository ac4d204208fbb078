/**
 * The built client over HTTP: files the build compressed (brotli and gzip beside each text
 * asset) are sent as they are, in the best encoding the browser accepts, so serving costs no CPU
 * per request; what the server makes per request (the follow page, API answers) is compressed on
 * the fly. Hashed assets are cached for a year; the HTML and the API are revalidated every time.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import type { ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** A file name carrying the build's content hash never changes content: cache it for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Brotli at quality 5 for responses made per request: most of the gain of 11 at a small part of
 * its CPU. Bodies under 256 bytes go as they are (compressing them saves nothing on the wire).
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: 256,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  }) as RequestHandler;
}

/** Files under `root` sent as the build compressed them: brotli where accepted, else gzip, else as they are. */
function precompressed(
  root: string,
  serveStatic: expressStaticGzip.ExpressStaticGzipOptions['serveStatic'],
): RequestHandler {
  return expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic,
  }) as RequestHandler;
}

/**
 * The build's hashed files (`/assets/`), cached for good. Mounted before the page security
 * headers: a script or stylesheet needs only `nosniff` and its resource policy (CSP, framing and
 * the like govern documents), and on a 400 kbps link the ~600 bytes of document headers each of
 * a route's files would carry cost as much as a small chunk. A name that never changes content
 * needs no validator either.
 */
export function hashedAssets(clientDir: string): express.Router {
  const files = precompressed(path.join(clientDir, 'assets'), {
    index: false,
    cacheControl: false,
    etag: false,
    lastModified: false,
    acceptRanges: false,
    setHeaders: (res: ServerResponse) => {
      res.setHeader('Cache-Control', IMMUTABLE);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    },
  });
  // A hashed name that is not in this build is gone for good; it never falls through to the app shell.
  return express.Router().use(files, (_req, res) => void res.status(404).end());
}

/** Serves the rest of `clientDir` (the app shell) with its pre-compressed copies, revalidated on each visit. */
export function staticClient(clientDir: string): RequestHandler {
  // Cache-Control is set here, so serve-static must not add its own.
  return precompressed(clientDir, {
    index: false,
    cacheControl: false,
    setHeaders: (res: ServerResponse) => res.setHeader('Cache-Control', REVALIDATE),
  });
}

/**
 * The app shell for every client route but the follow page: `index.html` with its pre-compressed
 * copies, revalidated on each visit (a new build must reach the next page load).
 */
export function appShell(clientDir: string, files: RequestHandler): RequestHandler {
  const index = path.join(clientDir, 'index.html');
  return (req, res, next) => {
    if (!fs.existsSync(index))
      return void res.status(503).type('text/plain').send('The client is not built: run `npm run build`.');
    req.url = '/index.html';
    files(req, res, next);
  };
}
