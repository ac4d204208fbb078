/** Building blocks of the HTML report: escaping, and bar charts as inline SVG (they print, and need no script). */

/** Text as HTML text: user input is never markup. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const BAR_WIDTH = 160;
const BAR_HEIGHT = 14;

/** A single bar, `value` of `max`, labelled for screen readers. */
export function bar(value: number, max: number, label: string): string {
  const w = max > 0 ? Math.round((value / max) * BAR_WIDTH) : 0;
  return `<svg class="bar" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" role="img" aria-label="${esc(label)}"><rect width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#eeeeee"/><rect width="${w}" height="${BAR_HEIGHT}" fill="#0b4f9c"/></svg>`;
}

const RATING_COLOURS = ['#0a6b2e', '#c58a00', '#a3121f'] as const;

/** Met / partly / not met as one stacked bar over the full width. */
export function ratingBar(met: number, partly: number, notMet: number): string {
  const total = met + partly + notMet;
  const label = `met ${met}, partly met ${partly}, not met ${notMet}`;
  if (total === 0) return bar(0, 1, label);
  let x = 0;
  const rects = [met, partly, notMet].map((n, i) => {
    const w = Math.round((n / total) * BAR_WIDTH);
    const rect = `<rect x="${x}" width="${w}" height="${BAR_HEIGHT}" fill="${RATING_COLOURS[i]}"/>`;
    x += w;
    return rect;
  });
  return `<svg class="bar" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" role="img" aria-label="${esc(label)}">${rects.join('')}</svg>`;
}

/** A table from escaped-or-built cells: `head` is plain text, `rows` are HTML fragments. */
export function htmlTable(head: string[], rows: string[][], className = ''): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${esc(className)}"><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

/** Print-first styles: A4 pages, sections starting on new pages, tables that do not split rows. */
export const REPORT_CSS = `
body { font: 11pt/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #0b4f9c; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.meta, .muted { color: #4a4a4a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
table.agenda td:not(:first-child) { white-space: nowrap; }
table.matrix { font-size: 0.9em; }
tr.activity td:first-child { padding-left: 1.5rem; }
ul.notes { padding-left: 1.2rem; }
ul.notes li { margin: .25rem 0; }
.bar { vertical-align: middle; margin-right: .4rem; }
.legend span { margin-right: 1rem; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: middle; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  section.report-section { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
