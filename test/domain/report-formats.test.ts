/** The renderers: CSV that a parser reads back and a spreadsheet cannot run, HTML and Markdown that never carry markup from users. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../server/domain/report.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { csvCell, CSV_COLUMNS, renderCsv } from '../../server/report/csv.ts';
import { esc } from '../../server/report/html-parts.ts';
import { renderHtml } from '../../server/report/html.ts';
import { renderJson } from '../../server/report/json.ts';
import { mdText, renderMarkdown } from '../../server/report/markdown.ts';
import { at, reportState } from '../helpers/report-state.ts';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** The fixture with a hostile note, a formula-shaped note and a multi-line question. */
function hostileState(): WorkshopState {
  const s = reportState();
  const notes = {
    ...s.pub.notes,
    c3: { ...s.pub.notes.c3!, text: HOSTILE },
    c1: { ...s.pub.notes.c1!, text: '=HYPERLINK("http://evil","x")' },
  };
  const questions = { ...s.pub.questions, q1: { ...s.pub.questions.q1!, text: 'line one\nline, "two"' } };
  return { ...s, pub: { ...s.pub, notes, questions } };
}

describe('CSV', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a, "b"', '"a, ""b"""'],
    ['plain', 'plain'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes our own numbers as numbers, even negative ones', () => {
    expect(csvCell(-3)).toBe('-3');
  });

  it('parses back with a real CSV parser: one row per fact, every section present', () => {
    const rows = parse(renderCsv(buildReport(hostileState(), at('17:05'))), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(new Set(rows.map((r) => r.section))).toEqual(
      new Set(['agenda', 'notes', 'commitments', 'expectations', 'carry-forward', 'questions', 'attendance']),
    );
    expect(rows.find((r) => r.section === 'notes' && r.text?.startsWith("'=HYPERLINK"))).toMatchObject({
      context: 'Challenges',
      group: 'Costs',
      votes: '0',
    });
    expect(rows.find((r) => r.section === 'questions' && r.status === 'Answered')?.text).toBe('line one\nline, "two"');
    expect(rows.find((r) => r.section === 'agenda' && r.text?.startsWith('Opening session'))).toMatchObject({
      planned: '09:00–09:30',
      actual: '09:05–09:40',
      detail: '35 min',
    });
    expect(rows.every((r) => !/^[=+\-@\t\r]/.test(r.text ?? ''))).toBe(true);
  });
});

describe('HTML', () => {
  const html = renderHtml(buildReport(hostileState(), at('17:05')));

  it('escapes every text a person wrote', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(esc(HOSTILE));
    expect(esc(`"'&<>`)).toBe('&#34;&#39;&#38;&#60;&#62;');
  });

  it('is laid out for print, with page breaks and charts, and no script', () => {
    expect(html).toMatch(/@media print/);
    expect(html).toMatch(/break-before: page/);
    expect(html).toMatch(/@page/);
    expect(html).toContain('aria-label="3 dots"');
    expect(html).toContain('aria-label="met 1, partly met 2, not met 0"');
    // The roles matrix: Org ana's row has her commitment under Finance (the fourth kind), Org ben's row none.
    expect(html).toMatch(
      /<tr><td><strong>Org ana<\/strong><\/td>(<td><\/td>){3}<td>Revolving fund<\/td><td><\/td><td><\/td><\/tr>/,
    );
    expect(html).toMatch(/<tr><td><strong>Org ben<\/strong><\/td>(<td><\/td>){6}<\/tr>/);
    expect(renderHtml(buildReport(reportState(), at('17:05')))).not.toMatch(/<script|\son\w+=/i);
  });
});

describe('Markdown', () => {
  it.each([
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['a | b', 'a \\| b'],
    ['two\nlines', 'two lines'],
    ['coop-to-coop', 'coop-to-coop'],
  ])('writes %j as %j', (value, out) => {
    expect(mdText(value)).toBe(out);
  });

  it('has every section', () => {
    const md = renderMarkdown(buildReport(reportState(), at('17:05')));
    for (const heading of [
      '## Agenda',
      '## Challenges',
      '## Opportunities',
      '## Roles: commitments',
      '## Expectations',
      '## Questions',
      '## Attendance',
    ])
      expect(md).toContain(heading);
    expect(md).toContain('No shared catalogue — Name ben, Org ben (3 dots)');
  });
});

describe('JSON', () => {
  it('is the model itself', () => {
    const m = buildReport(reportState(), at('17:05'));
    expect(JSON.parse(renderJson(m))).toEqual(m);
  });
});
