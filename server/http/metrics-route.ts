/**
 * `GET /metrics` for Prometheus. With METRICS_TOKEN it needs that token as a bearer; without one
 * it answers only this machine (a scraper on the same host), so it is never public by accident:
 * not even through a proxy on this machine (Caddy), whose forwarded address `req.ip` reads.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';
import { bearer } from './requests.ts';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The handler: 401 without the token, 403 with another (or from elsewhere without a token set). */
export function metricsRoute(registry: Registry, token: string | null): RequestHandler {
  return async (req, res) => {
    const presented = bearer(req);
    if (token !== null && presented === null)
      return void res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
    if (token !== null ? !sameSecret(presented ?? '', token) : !LOOPBACK.test(req.ip ?? ''))
      return void res.status(403).json({ error: 'forbidden' });
    res
      .set('Cache-Control', 'no-store')
      .type(registry.contentType)
      .send(await registry.metrics());
  };
}
