/** REST for workshops: create from a template, read the public view, and the join QR code. */
import express, { type Request, type Response } from 'express';
import QRCode from 'qrcode';
import { type JoinBase, workshopLinks } from '../../shared/links.ts';
import { CreateWorkshopBody } from '../../shared/schemas/rest.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import { CODE_PATTERN } from '../workshops/secrets.ts';

export interface WorkshopRouteDeps {
  hub: WorkshopHub;
  now: () => number;
  /** Base URL for links, from config or the request. */
  baseUrl: (req: Request) => string;
  /** The origin a phone on the venue network can open, for join links and the QR code. */
  joinBase: (req: Request) => JoinBase;
}

/** Routes under `/api/workshops`. */
export function workshopRoutes(deps: WorkshopRouteDeps): express.Router {
  const router = express.Router();

  router.post('/', async (req, res) => {
    const body = CreateWorkshopBody.safeParse(req.body);
    if (!body.success)
      return void res.status(400).json({
        error: 'bad_request',
        detail: body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    const { code, facilitatorKey } = await deps.hub.create(body.data.template, body.data.title);
    res.status(201).json({ code, facilitatorKey, links: workshopLinks(deps.baseUrl(req), code, facilitatorKey) });
  });

  router.get('/:code', async (req, res) => {
    const w = await findWorkshop(deps.hub, req, res);
    if (!w) return;
    const { meta, agenda, live } = w.state.pub.room;
    res.json({
      code: meta.code,
      title: meta.title,
      date: meta.date,
      timezone: meta.timezone,
      venue: meta.venue,
      agenda,
      live,
      boards: Object.values(w.state.pub.boards),
    });
  });

  // Clock samples for screens that follow by replica alone; never cached, the answer is the time.
  router.get('/:code/clock', async (req, res) => {
    const w = await findWorkshop(deps.hub, req, res);
    if (!w) return;
    res.set('Cache-Control', 'no-store').json({ serverNow: deps.now() });
  });

  // The join and follow links as a phone in the room must open them (never loopback when avoidable).
  router.get('/:code/join', async (req, res) => {
    const w = await findWorkshop(deps.hub, req, res);
    if (!w) return;
    const { base, loopbackOnly } = deps.joinBase(req);
    const links = workshopLinks(base, w.record.code, '');
    res.set('Cache-Control', 'no-store').json({ join: links.join, follow: links.follow, loopbackOnly });
  });

  router.get('/:code/qr.svg', async (req, res) => {
    const w = await findWorkshop(deps.hub, req, res);
    if (!w) return;
    const svg = await QRCode.toString(workshopLinks(deps.joinBase(req).base, w.record.code, '').join, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    // Not cached: the address it encodes follows the machine's network, which can change during the day.
    res.type('image/svg+xml').set('Cache-Control', 'no-cache').send(svg);
  });

  return router;
}

async function findWorkshop(hub: WorkshopHub, req: Request, res: Response) {
  const code = String(req.params.code ?? '').toUpperCase();
  const w = CODE_PATTERN.test(code) ? await hub.get(code) : null;
  if (!w) res.status(404).json({ error: 'not_found' });
  return w;
}
