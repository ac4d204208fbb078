/** `POST /api/workshops/:code/key`: the facilitator key replaces itself; the old one is refused from then on. */
import express, { type Request } from 'express';
import { workshopLinks } from '../../shared/links.ts';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import { facilitatorOf } from './requests.ts';

export interface KeyRouteDeps {
  hub: WorkshopHub;
  lookups: WorkshopLookups;
  /** Base URL for links, from config or the request's (checked) host. */
  baseUrl: (req: Request) => string;
}

/** Routes mounted under `/api/workshops`; the answer is the new key and the links made with it. */
export function keyRoutes(deps: KeyRouteDeps): express.Router {
  const router = express.Router();
  router.post('/:code/key', async (req, res) => {
    const w = await facilitatorOf(deps.lookups, req, res, 'workshop.rotateKey');
    if (!w) return;
    const code = w.record.code;
    const facilitatorKey = await deps.hub.rotateKey(code);
    // Deleted meanwhile: the same answer as a code never made.
    if (facilitatorKey === null) return void res.status(404).json({ error: 'not_found' });
    res
      .set('Cache-Control', 'no-store')
      .json({ code, facilitatorKey, links: workshopLinks(deps.baseUrl(req), code, facilitatorKey) });
  });
  return router;
}
