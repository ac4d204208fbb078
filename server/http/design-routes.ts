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
import { can } from '../domain/permissions.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import type { LiveWorkshop } from '../workshops/live.ts';
import { CODE_PATTERN, matchesHash } from '../workshops/secrets.ts';
import { renderAgendaHtml } from '../report/agenda-html.ts';
import { bearer } from './report-routes.ts';

export interface DesignRouteDeps {
  hub: WorkshopHub;
  /** Base URL for the new workshop's links, as creating one answers them. */
  baseUrl: (req: Request) => string;
}

/** The workshop of `:code` when the request carries its facilitator key; answers the refusal otherwise. */
async function facilitatorOf(hub: WorkshopHub, req: Request, res: Response): Promise<LiveWorkshop | null> {
  const key = bearer(req);
  const code = String(req.params.code).toUpperCase();
  const w = key !== null && CODE_PATTERN.test(code) ? await hub.get(code) : null;
  if (key === null) res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
  else if (!w) res.status(404).json({ error: 'not_found' });
  else if (!matchesHash(key, w.record.facilitatorKeyHash) || !can('facilitator', 'design.export'))
    res.status(403).json({ error: 'forbidden' });
  else return w;
  return null;
}

/** Routes mounted under `/api/workshops`. */
export function designRoutes(deps: DesignRouteDeps): express.Router {
  const router = express.Router();
  const created = async (req: Request, res: Response, template: Parameters<WorkshopHub['create']>[0]) => {
    const { code, facilitatorKey } = await deps.hub.create(template);
    res.status(201).json({ code, facilitatorKey, links: workshopLinks(deps.baseUrl(req), code, facilitatorKey) });
  };

  router.get('/:code/design', async (req, res) => {
    const w = await facilitatorOf(deps.hub, req, res);
    if (!w) return;
    res
      .status(200)
      .type('application/json')
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="plenary-${w.record.code}-design.json"`)
      .send(serializeDesign(designOf(w.state.pub)));
  });

  // The file's own text, so a problem can be named by its line.
  router.post('/import', express.text({ type: '*/*', limit: DESIGN_MAX_BYTES }), async (req, res) => {
    const read = readDesign(typeof req.body === 'string' ? req.body : '');
    if (!read.ok) return void res.status(400).json({ error: 'invalid_design', issues: read.issues });
    await created(req, res, templateOfDesign(read.design));
  });

  router.post('/:code/duplicate', async (req, res) => {
    const w = await facilitatorOf(deps.hub, req, res);
    if (!w) return;
    await created(req, res, templateOfDesign(designOf(w.state.pub), w.record.template));
  });

  // The agenda is public (every screen shows it): a page to print for the room and the speakers.
  router.get('/:code/agenda.html', async (req, res) => {
    const code = String(req.params.code).toUpperCase();
    const w = CODE_PATTERN.test(code) ? await deps.hub.get(code) : null;
    if (!w) return void res.status(404).json({ error: 'not_found' });
    res
      .status(200)
      .type('html')
      .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(renderAgendaHtml(w.state.pub));
  });
  return router;
}
