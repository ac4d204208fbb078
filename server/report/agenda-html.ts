/** The agenda as a page to print (or save as PDF) for the room and the speakers: no script, every text escaped. */
import type { PublicState, Segment } from '../../shared/model.ts';
import { clockMinutes, formatPlanClock } from '../../shared/time.ts';
import { esc, REPORT_CSS } from './html-parts.ts';

function speakers(s: Segment['speakers']): string {
  return s.length
    ? `<ul class="speakers">${s.map((p) => `<li>${esc(p.name)}${p.organisation ? `, ${esc(p.organisation)}` : ''}${p.topic ? ` — ${esc(p.topic)}` : ''}</li>`).join('')}</ul>`
    : '';
}

function segment(s: Segment): string {
  let at = clockMinutes(s.start);
  const activities = s.activities.map((a) => {
    const start = at;
    at += a.minutes;
    return `<li><span class="time">${formatPlanClock(start)}–${formatPlanClock(at)}</span> ${esc(a.title)}${a.prompt ? `<br><span class="muted">${esc(a.prompt)}</span>` : ''}${speakers(a.speakers)}</li>`;
  });
  return [
    `<section class="report-section"><h2><span class="time">${esc(s.start)}–${esc(s.end)}</span> ${esc(s.title)}</h2>`,
    s.format ? `<p class="muted">${esc(s.format)}</p>` : '',
    s.moderator ? `<p>${esc(s.moderator)}</p>` : '',
    speakers(s.speakers),
    s.discussionPoints.length ? `<ul>${s.discussionPoints.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '',
    activities.length ? `<ol class="activities">${activities.join('')}</ol>` : '',
    '</section>',
  ].join('\n');
}

/** The whole day, in the agenda's order. */
export function renderAgendaHtml(pub: PublicState): string {
  const { meta, agenda } = pub.room;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(meta.title)}</title>
<style>${REPORT_CSS}
.time { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: .4rem; }
.muted { color: #444; }
</style></head>
<body><h1>${esc(meta.title)}</h1>
<p>${esc(meta.date)} · ${esc(meta.venue)} (${esc(meta.timezone)})</p>
${agenda.segments.map(segment).join('\n')}
</body></html>
`;
}
