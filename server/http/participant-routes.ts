/**
 * `GET /api/workshops/:code/me` with the device's participant token as its bearer: whom the
 * workshop holds this device to be (the person's own name, organisation and attendance). The
 * token is refused here as on the sockets once it has expired (`token_expired`, 401).
 */
import express from 'express';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import type { Clock } from '../clock.ts';
import { participantByToken } from '../domain/participants.ts';
import { tokensExpired } from '../domain/token-expiry.ts';
import { hashSecret } from '../workshops/secrets.ts';
import { bearer, workshopOf } from './requests.ts';

export interface ParticipantRouteDeps {
  lookups: WorkshopLookups;
  clock: Clock;
  tokenTtlHours: number;
}

/** Routes mounted under `/api/workshops`. */
export function participantRoutes(deps: ParticipantRouteDeps): express.Router {
  const router = express.Router();
  router.get('/:code/me', async (req, res) => {
    const token = bearer(req);
    if (token === null) return void res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
    const w = await workshopOf(deps.lookups, req, res);
    if (!w) return;
    const p = token.length <= 200 ? participantByToken(w.state, hashSecret(token)) : null;
    if (!p) return void res.status(403).json({ error: 'forbidden' });
    if (tokensExpired(w.state, deps.tokenTtlHours, deps.clock.now()))
      return void res
        .status(401)
        .set('WWW-Authenticate', 'Bearer error="invalid_token", error_description="token_expired"')
        .json({ error: 'token_expired' });
    res
      .set('Cache-Control', 'no-store')
      .json({ participantId: p.id, name: p.name, organisation: p.organisation, attendance: p.attendance });
  });
  return router;
}
