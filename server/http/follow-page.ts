/**
 * `GET /w/:code/follow`: the app shell with the first view already in it. On a 400 kbps link
 * with a 400 ms round trip, a first view that waits for scripts, then a WebSocket, then a sync
 * takes seconds; this page shows the step, its prompt and the countdown as soon as it arrives.
 * Its styles are inline (nothing blocks the first paint), the follow screen's modules are
 * preloaded behind it, and the app connects once it runs.
 */
import { followerView } from '../../shared/follower-view.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { Request, RequestHandler } from 'express';
import { esc } from '../report/html-parts.ts';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import { requestAddress } from './client-address.ts';
import { BUILD_KEYS, filesBefore, readManifest, type Manifest } from './client-build.ts';
import { firstViewData, firstViewMarkup } from './first-view.ts';
import { REVALIDATE } from './static.ts';

export interface FollowPageDeps {
  /** Found on the caller's budget, like every look-up by code: the page must not be a way to scan codes. */
  lookups: WorkshopLookups;
  clientDir: string;
  now: () => number;
}

const LOCALES = ['en', 'fr', 'es', 'pt'] as const;

interface Template {
  /** The page: the follow screen's CSS and preloads in its head, the first view in its root, its data after. */
  render(title: string, locale: string, markup: string, data: string): string;
}

/** Cuts the built `index.html` once: a change to its shape fails here, loudly, not in a browser. */
function buildTemplate(clientDir: string): Template {
  const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const manifest: Manifest = readManifest(clientDir);
  const files = filesBefore(manifest, [BUILD_KEYS.index, BUILD_KEYS.follow, BUILD_KEYS.firstView]);
  const css = files
    .filter((f) => f.endsWith('.css'))
    .map((f) => fs.readFileSync(path.join(clientDir, f), 'utf8'))
    .join('\n');
  const entry = manifest[BUILD_KEYS.index]!.file;
  const tick = manifest[BUILD_KEYS.firstView]!.file;
  const modules = files.filter((f) => f.endsWith('.js') && f !== entry && f !== tick);
  const catalog = (locale: string) => manifest[`src/i18n/locales/follow-${locale}.ts`]!.file;
  const preload = (f: string) => `<link rel="modulepreload" crossorigin href="/${f}">`;

  const cut = (source: string, pattern: RegExp) => {
    const parts = source.split(pattern);
    if (parts.length !== 2) throw new Error(`follow page: index.html no longer matches ${pattern}`);
    return parts as [string, string];
  };
  // The linked stylesheet goes: the same rules travel inline, so nothing holds the first paint.
  const [beforeCss, afterCss] = cut(html, /<link rel="stylesheet"[^>]*>/);
  const [beforeTitle, afterTitle] = cut(beforeCss + afterCss, /<title>Plenary<\/title>/);
  const [head, body] = cut(afterTitle, /<\/head>/);
  const [bodyStart, bodyEnd] = cut(body, /<div id="root"><\/div>/);
  // `async`: it runs the moment it arrives, not after the app's far larger entry (module scripts run in order).
  const headEnd = `<style>${css}</style><script type="module" async crossorigin src="/${tick}"></script>`;
  return {
    render: (title, locale, markup, data) =>
      [
        beforeTitle.replace('<html lang="en">', `<html lang="${locale}">`),
        `<title>${esc(title)}</title>`,
        head,
        headEnd,
        [...modules, catalog(locale)].map(preload).join(''),
        '</head>',
        bodyStart,
        `<div id="root">${markup}</div>${data}`,
        bodyEnd,
      ].join(''),
  };
}

/** The viewer's first language among ours, by Accept-Language (the catalog to preload). */
function preferredLocale(req: Request): string {
  return req.acceptsLanguages(...LOCALES) || 'en';
}

/** Serves the follow page of a live workshop; an unknown code falls through to the plain app shell. */
export function followPage(deps: FollowPageDeps): RequestHandler {
  let template: Template | null = null;
  return async (req, res, next) => {
    const code = String(req.params.code ?? '').toUpperCase();
    const w = await deps.lookups.find(code, requestAddress(req));
    // Refused or unknown alike get the plain app shell, which says nothing about the code.
    if (!w || w === 'refused' || !fs.existsSync(path.join(deps.clientDir, '.vite/manifest.json'))) return next();
    template ??= buildTemplate(deps.clientDir);
    // What the hub hands out is what is on disk: the page shows what follow replicas are sent.
    const pub = followerView(w.state.pub);
    const now = deps.now();
    const page = template.render(
      pub.room.meta.title,
      preferredLocale(req),
      firstViewMarkup(pub, now),
      firstViewData(pub, now),
    );
    res.status(200).type('html').set('Cache-Control', REVALIDATE).send(page);
  };
}
