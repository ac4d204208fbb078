/** `GET /api/workshops/:code/report?format=md|csv|json|html`: the meeting report, for the facilitator key only. */
import express from 'express';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import { can } from '../domain/permissions.ts';
import { buildReport } from '../domain/report.ts';
import type { ReportModel } from '../domain/report-model.ts';
import { renderCsv } from '../report/csv.ts';
import { renderHtml } from '../report/html.ts';
import { renderJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import type { WorkshopLookups } from '../budgets/lookups.ts';
import { matchesHash } from '../workshops/secrets.ts';
import { bearer, workshopOf } from './requests.ts';

export const ReportQuery = z.object({ format: z.enum(['md', 'csv', 'json', 'html']).default('html') });
type Format = z.infer<typeof ReportQuery>['format'];

const FORMATS: Record<Format, { type: string; render: (m: ReportModel) => string }> = {
  md: { type: 'text/markdown; charset=utf-8', render: renderMarkdown },
  csv: { type: 'text/csv; charset=utf-8', render: renderCsv },
  json: { type: 'application/json; charset=utf-8', render: renderJson },
  html: { type: 'text/html; charset=utf-8', render: renderHtml },
};

export interface ReportRouteDeps {
  lookups: WorkshopLookups;
  clock: Clock;
}

/** Routes mounted under `/api/workshops`. */
export function reportRoutes(deps: ReportRouteDeps): express.Router {
  const router = express.Router();
  router.get('/:code/report', async (req, res) => {
    const query = ReportQuery.safeParse(req.query);
    if (!query.success)
      return void res.status(400).json({ error: 'bad_request', detail: 'format is one of md, csv, json, html' });
    const key = bearer(req);
    if (key === null) return void res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
    const w = await workshopOf(deps.lookups, req, res);
    if (!w) return;
    const code = w.record.code;
    // The key proves the facilitator role; the one permission table decides what that role may read.
    if (!matchesHash(key, w.record.facilitatorKeyHash) || !can('facilitator', 'report.read'))
      return void res.status(403).json({ error: 'forbidden' });
    const { type, render } = FORMATS[query.data.format];
    res
      .status(200)
      .type(type)
      .set('Cache-Control', 'no-store')
      // The HTML has no script and loads nothing: forbid both, so even a missed escape could not run.
      .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
      .set('Content-Disposition', `attachment; filename="plenary-${code}-report.${query.data.format}"`)
      .send(render(buildReport(w.state, deps.clock.now())));
  });
  return router;
}
