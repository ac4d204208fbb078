/** The express app: health, REST, and the built client with its routes falling back to index.html. */
import express, { type ErrorRequestHandler, type Request } from 'express';
import { joinBase } from '../../shared/links.ts';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import type { Logger } from '../log.ts';
import { isRetryable } from '../persistence/port.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import type { CreationRefusal } from './creation-guard.ts';
import { designRoutes } from './design-routes.ts';
import { followPage } from './follow-page.ts';
import { keyRoutes } from './key-routes.ts';
import { methodRoutes } from './method-routes.ts';
import type { HostCheck } from './host-check.ts';
import { refuseAnnouncedOver } from './requests.ts';
import { securityHeaders } from './security.ts';
import { appShell, compressResponses, hashedAssets, REVALIDATE, staticClient } from './static.ts';
import { workshopRoutes } from './workshop-routes.ts';

export interface HttpDeps {
  hub: WorkshopHub;
  lookups: WorkshopLookups;
  hosts: HostCheck;
  /** Which proxies' X-Forwarded-For and X-Forwarded-Proto are believed (server/http/client-address.ts). */
  trustProxy: (address: string, hop: number) => boolean;
  mayCreate: (req: Request) => Promise<CreationRefusal | null>;
  log: Logger;
  now: () => number;
  clientDir: string;
  publicUrl: string | null;
  /** This machine's venue-network addresses, read on each request (a laptop can change networks). */
  lanAddresses: () => string[];
  /** Extra routers mounted under /api/workshops/:code by other concerns. */
  routers?: express.Router[];
  /** Resolves while the store answers; /healthz is 503 when it does not, so a balancer drains the node. */
  storeReachable: () => Promise<void>;
  /** `/metrics`, when the operator turned it on (server/http/metrics-route.ts). */
  metrics?: express.RequestHandler;
}

const BODY_LIMIT_BYTES = 32 * 1024;
/** How long /healthz waits for the store before it says the store is unreachable. */
const HEALTH_TIMEOUT_MS = 2000;

/** Builds the app; it holds no state of its own. */
export function createHttpApp(deps: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  // First: a rebound name gets nothing, not even the health check or a script.
  app.use(deps.hosts.middleware);
  // Hashed scripts and styles next: they carry their own, smaller set of headers.
  app.use('/assets', hashedAssets(deps.clientDir));
  app.use(securityHeaders());
  app.use(compressResponses());

  // The Host is one of this server's names (checked first), so links built from it lead back here.
  const baseUrl = (req: Request) => deps.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  const reachable = (req: Request) =>
    joinBase({ publicUrl: deps.publicUrl, requestBase: baseUrl(req), lanAddresses: deps.lanAddresses() });
  // Before the JSON body parser: an imported design is read as the file's own text (its lines name
  // the problems), and may be larger than a command's body.
  app.use('/api/workshops', designRoutes({ hub: deps.hub, lookups: deps.lookups, baseUrl, mayCreate: deps.mayCreate }));
  app.use(refuseAnnouncedOver(BODY_LIMIT_BYTES));
  app.use(express.json({ limit: BODY_LIMIT_BYTES }));

  app.get('/healthz', async (_req, res) => {
    const uptimeS = Math.round(process.uptime());
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS);
    });
    try {
      await Promise.race([deps.storeReachable(), late]);
      res.json({ ok: true, uptimeS });
    } catch {
      res.status(503).json({ ok: false, uptimeS, error: 'store_unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });
  if (deps.metrics) app.get('/metrics', deps.metrics);
  // API answers are never reused unasked; a route with its own policy (the clock, the QR) sets it.
  app.use('/api', (_req, res, next) => {
    res.set('Cache-Control', REVALIDATE);
    next();
  });
  app.use('/api/methods', methodRoutes());
  app.use(
    '/api/workshops',
    workshopRoutes({
      hub: deps.hub,
      lookups: deps.lookups,
      now: deps.now,
      baseUrl,
      joinBase: reachable,
      mayCreate: deps.mayCreate,
    }),
  );
  app.use('/api/workshops', keyRoutes({ hub: deps.hub, lookups: deps.lookups, baseUrl }));
  for (const r of deps.routers ?? []) app.use('/api/workshops', r);
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });

  const files = staticClient(deps.clientDir);
  app.use(files);
  // Browsers ask for /favicon.ico on pages that name no icon (the report, the printable agenda).
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));
  app.get('/w/:code/follow', followPage({ lookups: deps.lookups, clientDir: deps.clientDir, now: deps.now }));
  app.get(['/', '/w/*rest'], appShell(deps.clientDir, files));

  const onError: ErrorRequestHandler = (err: { type?: string; status?: number }, req, res, _next) => {
    const refuse = (status: number, error: string) => {
      deps.log.info('http_refused', { status, method: req.method, path: req.path.slice(0, 100) });
      res.status(status).json({ error });
    };
    // Closed after the answer: a body too large is not read further, nor waited for.
    if (err.type === 'entity.too.large') {
      res.set('Connection', 'close');
      return refuse(413, 'payload_too_large');
    }
    if (err.type === 'entity.parse.failed' || err.status === 400) return refuse(400, 'bad_request');
    // The database is down, or another node holds the workshop: the same request may succeed shortly.
    if (isRetryable(err)) {
      res.set('Retry-After', '2');
      return refuse(503, 'unavailable');
    }
    deps.log.error('http_error', { error: String(err) });
    res.status(500).json({ error: 'internal' });
  };
  app.use(onError);
  return app;
}
