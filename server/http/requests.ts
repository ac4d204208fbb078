/** What REST routes read from a request: its bearer token, its size, and the workshop its `:code` names. */
import type { Request, RequestHandler, Response } from 'express';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import { can, type Action } from '../domain/permissions.ts';
import type { LiveWorkshop } from '../workshops/live.ts';
import { matchesHash } from '../workshops/secrets.ts';
import { requestAddress } from './client-address.ts';

/** The bearer token of the request, or null when it carries none. */
export function bearer(req: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * Refuses a body announced larger than `limit` before a byte of it is read, and closes the
 * connection: body-parser alone would read (and wait for) all of it before answering.
 */
export function refuseAnnouncedOver(limit: number): RequestHandler {
  return (req, res, next) => {
    if (Number(req.headers['content-length'] ?? 0) <= limit) return next();
    res.status(413).set('Connection', 'close').json({ error: 'payload_too_large' });
  };
}

/** Answers 429 with a hint of when to come back. */
export function refuseRate(res: Response): void {
  res.status(429).set('Retry-After', '60').json({ error: 'rate_limited' });
}

/** The workshop of `req.params.code`, looked up on the caller's budget; otherwise answers 404 or 429 and returns null. */
export async function workshopOf(lookups: WorkshopLookups, req: Request, res: Response): Promise<LiveWorkshop | null> {
  const w = await lookups.find(String(req.params.code ?? '').toUpperCase(), requestAddress(req));
  if (w === 'refused') refuseRate(res);
  else if (!w) res.status(404).json({ error: 'not_found' });
  return w === 'refused' ? null : w;
}

/**
 * The workshop of `:code` when the request carries its facilitator key and the facilitator may do
 * `action`; answers 401 without a key, 403 with another, and returns null.
 */
export async function facilitatorOf(
  lookups: WorkshopLookups,
  req: Request,
  res: Response,
  action: Action,
): Promise<LiveWorkshop | null> {
  const key = bearer(req);
  if (key === null) {
    res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
    return null;
  }
  const w = await workshopOf(lookups, req, res);
  if (w && (!matchesHash(key, w.record.facilitatorKeyHash) || !can('facilitator', action))) {
    res.status(403).json({ error: 'forbidden' });
    return null;
  }
  return w;
}
