/** `DELETE /api/workshops/:code`: the facilitator key deletes the whole workshop, every row and file of it. */
import express from 'express';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import { facilitatorOf } from './requests.ts';

export interface DeletionRouteDeps {
  hub: WorkshopHub;
  lookups: WorkshopLookups;
}

/** Routes mounted under `/api/workshops`. */
export function deletionRoutes(deps: DeletionRouteDeps): express.Router {
  const router = express.Router();
  router.delete('/:code', async (req, res) => {
    const w = await facilitatorOf(deps.lookups, req, res, 'workshop.delete');
    if (!w) return;
    // A second delete racing this one finds nothing left: the same answer as a code never made.
    if (!(await deps.hub.remove(w.record.code))) return void res.status(404).json({ error: 'not_found' });
    res.set('Cache-Control', 'no-store').status(204).end();
  });
  return router;
}
