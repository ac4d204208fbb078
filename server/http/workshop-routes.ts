/** REST for workshops: create from a template, read the public view, and the join QR code. */
import express, { type Request } from 'express';
import QRCode from 'qrcode';
import { type JoinBase, workshopLinks } from '../../shared/links.ts';
import { methodTemplate } from '../../shared/methods/compose.ts';
import { CreateWorkshopBody } from '../../shared/schemas/rest.ts';
import { CONTENT_LOCALES, type ContentLocale, WorkshopTemplate } from '../../shared/schemas/template.ts';
import { venueDate } from '../../shared/schedule.ts';
import { loadTemplate, TEMPLATE_IDS, type TemplateId } from '../../shared/templates/index.ts';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import type { CreationRefusal } from './creation-guard.ts';
import { refuseRate, workshopOf } from './requests.ts';

export interface WorkshopRouteDeps {
  hub: WorkshopHub;
  lookups: WorkshopLookups;
  now: () => number;
  /** Base URL for links, from config or the request's (checked) host. */
  baseUrl: (req: Request) => string;
  /** The origin a phone on the venue network can open, for join links and the QR code. */
  joinBase: (req: Request) => JoinBase;
  /** Whether this request may create a workshop now. */
  mayCreate: (req: Request) => Promise<CreationRefusal | null>;
}

/** Routes under `/api/workshops`. */
export function workshopRoutes(deps: WorkshopRouteDeps): express.Router {
  const router = express.Router();
  // Parsed once per template and language: the answer never changes while the server runs.
  const content = new Map<string, Record<string, string>>();
  const contentOf = (template: string, locale: ContentLocale) => {
    const key = `${template}/${locale}`;
    let map = content.get(key);
    if (!map) {
      const id = TEMPLATE_IDS.find((t) => t === template);
      map = id ? (loadTemplate(id).translations[locale] ?? {}) : {};
      content.set(key, map);
    }
    return map;
  };

  router.post('/', async (req, res) => {
    const refused = await deps.mayCreate(req);
    if (refused?.error === 'rate_limited') return refuseRate(res);
    if (refused) return void res.status(refused.status).json({ error: refused.error });
    const body = CreateWorkshopBody.safeParse(req.body);
    if (!body.success)
      return void res.status(400).json({
        error: 'bad_request',
        detail: body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    const { code, facilitatorKey } = await deps.hub.create(templateOf(body.data, deps.now()), body.data.title);
    res.status(201).json({ code, facilitatorKey, links: workshopLinks(deps.baseUrl(req), code, facilitatorKey) });
  });

  router.get('/:code', async (req, res) => {
    const w = await workshopOf(deps.lookups, req, res);
    if (!w) return;
    const { meta, agenda, live, finishedAt } = w.state.pub.room;
    res.json({
      code: meta.code,
      title: meta.title,
      date: meta.date,
      timezone: meta.timezone,
      venue: meta.venue,
      agenda,
      live,
      finishedAt,
      boards: Object.values(w.state.pub.boards),
    });
  });

  // Clock samples for screens that follow by replica alone; never cached, the answer is the time.
  router.get('/:code/clock', async (req, res) => {
    const w = await workshopOf(deps.lookups, req, res);
    if (!w) return;
    res.set('Cache-Control', 'no-store').json({ serverNow: deps.now() });
  });

  // The join and follow links as a phone in the room must open them (never loopback when avoidable).
  router.get('/:code/join', async (req, res) => {
    const w = await workshopOf(deps.lookups, req, res);
    if (!w) return;
    const { base, loopbackOnly } = deps.joinBase(req);
    const links = workshopLinks(base, w.record.code, '');
    res.set('Cache-Control', 'no-store').json({ join: links.join, follow: links.follow, loopbackOnly });
  });

  // The template's own words (titles, prompts, columns) in a language it provides, keyed by the English text.
  router.get('/:code/content/:locale', async (req, res) => {
    const w = await workshopOf(deps.lookups, req, res);
    if (!w) return;
    const locale = CONTENT_LOCALES.find((l) => l === req.params.locale);
    if (!locale) return void res.status(404).json({ error: 'not_found' });
    res.set('Cache-Control', 'public, max-age=3600').json(contentOf(w.record.template, locale));
  });

  router.get('/:code/qr.svg', async (req, res) => {
    const w = await workshopOf(deps.lookups, req, res);
    if (!w) return;
    const svg = await QRCode.toString(workshopLinks(deps.joinBase(req).base, w.record.code, '').join, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    // Not cached, and never by a shared cache: the address it encodes follows the machine's network
    // (which can change during the day) and the name the page was reached by.
    res.type('image/svg+xml').set('Cache-Control', 'private, no-cache').set('Vary', 'Host').send(svg);
  });

  return router;
}

/** The template a creation names: a built-in one, or a library method dated today where its creator is. */
function templateOf(body: CreateWorkshopBody, now: number): TemplateId | WorkshopTemplate {
  if (body.template !== 'method') return body.template;
  const where = { date: venueDate(now, body.timezone), timezone: body.timezone };
  return WorkshopTemplate.parse(methodTemplate(body.methodId, body.locale, where));
}
