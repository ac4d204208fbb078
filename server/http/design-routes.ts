/**
 * Workshops from workshops: export a workshop's design as a file, import a file as a new
 * workshop, duplicate a workshop without its people and their content, and print the agenda.
 * Export and duplicate need the facilitator key; an import is checked whole before anything is
 * stored, so a bad file never leaves half a workshop behind.
 */
import express, { type Request, type Response } from 'express';
import { designOf, DESIGN_MAX_BYTES, serializeDesign, templateOfDesign } from '../../shared/design.ts';
import { readDesign } from '../../shared/design-import.ts';
import { workshopLinks } from '../../shared/links.ts';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import { renderAgendaHtml } from '../report/agenda-html.ts';
import type { CreationRefusal } from './creation-guard.ts';
import { facilitatorOf, refuseAnnouncedOver, refuseRate, workshopOf } from './requests.ts';

export interface DesignRouteDeps {
  hub: WorkshopHub;
  lookups: WorkshopLookups;
  /** Base URL for the new workshop's links, as creating one answers them. */
  baseUrl: (req: Request) => string;
  /** Whether this request may create a workshop now: an import or a duplicate is a creation. */
  mayCreate: (req: Request) => Promise<CreationRefusal | null>;
}

/** Routes mounted under `/api/workshops`. */
export function designRoutes(deps: DesignRouteDeps): express.Router {
  const router = express.Router();
  // Asked before the file is read: reading it is work, and what it leads to is a new workshop.
  const mayCreate = async (req: Request, res: Response): Promise<boolean> => {
    const refused = await deps.mayCreate(req);
    if (refused?.error === 'rate_limited') refuseRate(res);
    else if (refused) res.status(refused.status).json({ error: refused.error });
    return refused === null;
  };
  const created = async (req: Request, res: Response, template: Parameters<WorkshopHub['create']>[0]) => {
    const { code, facilitatorKey } = await deps.hub.create(template);
    res.status(201).json({ code, facilitatorKey, links: workshopLinks(deps.baseUrl(req), code, facilitatorKey) });
  };

  router.get('/:code/design', async (req, res) => {
    const w = await facilitatorOf(deps.lookups, req, res, 'design.export');
    if (!w) return;
    res
      .status(200)
      .type('application/json')
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="plenary-${w.record.code}-design.json"`)
      .send(serializeDesign(designOf(w.state.pub)));
  });

  // The file's own text, so a problem can be named by its line.
  router.post(
    '/import',
    refuseAnnouncedOver(DESIGN_MAX_BYTES),
    express.text({ type: '*/*', limit: DESIGN_MAX_BYTES }),
    async (req, res) => {
      if (!(await mayCreate(req, res))) return;
      const read = readDesign(typeof req.body === 'string' ? req.body : '');
      if (!read.ok) return void res.status(400).json({ error: 'invalid_design', issues: read.issues });
      await created(req, res, templateOfDesign(read.design));
    },
  );

  router.post('/:code/duplicate', async (req, res) => {
    const w = await facilitatorOf(deps.lookups, req, res, 'design.export');
    if (!w || !(await mayCreate(req, res))) return;
    await created(req, res, templateOfDesign(designOf(w.state.pub), w.record.template));
  });

  // The agenda is public (every screen shows it): a page to print for the room and the speakers.
  router.get('/:code/agenda.html', async (req, res) => {
    const w = await workshopOf(deps.lookups, req, res);
    if (!w) return;
    res
      .status(200)
      .type('html')
      .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(renderAgendaHtml(w.state.pub));
  });
  return router;
}
