/**
 * Breakouts in the report, from a breakout run through the pure rules as the hub runs them: each
 * group's board by cluster, its rapporteur and top points with +1s, held notes never shown, and
 * on the plenary board each merged note's provenance; in the model and in all four formats.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { mergeBreakout } from '../../server/domain/breakout-merge.ts';
import {
  clusterGroupNotes,
  moveGroupNotes,
  pickTopPoints,
  plusOne,
  reportBack,
} from '../../server/domain/breakout-report.ts';
import { setRapporteur, startBreakout } from '../../server/domain/breakouts.ts';
import { changeBoardMode } from '../../server/domain/boards.ts';
import { addNote } from '../../server/domain/notes.ts';
import { buildReport } from '../../server/domain/report.ts';
import type { ReportModel } from '../../server/domain/report-model.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { renderCsv } from '../../server/report/csv.ts';
import { renderHtml } from '../../server/report/html.ts';
import { renderJson } from '../../server/report/json.ts';
import { renderMarkdown } from '../../server/report/markdown.ts';
import { run } from '../helpers/decide.ts';
import { as, boardState, person, T0 } from '../helpers/board-state.ts';
import { C1, C2, G1 } from '../helpers/breakout-fixtures.ts';

const HOSTILE = '<b>Finance</b> & "credit"';
const HELD = 'Held-Bamako-7f2c';
const PEOPLE = ['a1', 'a2', 'b1', 'b2'].map((id) => ({ ...person(id), organisation: `Org ${id[0]}` }));
const [A1, A2, B1] = PEOPLE as [(typeof PEOPLE)[0], (typeof PEOPLE)[0], (typeof PEOPLE)[0]];
const staff = { role: 'facilitator', id: 'facilitator', participant: null } as const;

const note = (id: string, boardId: string, text: string) => ({ id, boardId, column: 'Markets and trade', text });

/**
 * Two balanced groups (g1 = a1+b1, g2 = a2+b2) on `challenges`: group 1 clusters "Money" and its
 * rapporteur b1 picks a point; group 2 writes one note and one held in private mode; report-back
 * then a +1 from group 2 on group 1's point.
 */
function reported(anonymous = false): WorkshopState {
  const base = boardState('open');
  const participants = Object.fromEntries(PEOPLE.map((p, i) => [p.id, { ...p, joinedAt: i }]));
  const challenges = { ...base.pub.boards.challenges!, ...(anonymous ? { anonymous: true } : {}) };
  let s: WorkshopState = {
    pub: { ...base.pub, boards: { ...base.pub.boards, challenges } },
    priv: { ...base.priv, participants },
  };
  const plan = { count: 2, size: null, rule: 'balanced', remote: 'own' } as const;
  s = run(s, (x) => startBreakout(x, { id: 'bk', boardIds: ['challenges'], plan }, T0));
  s = run(s, (x) => setRapporteur(x, staff, { groupId: G1, participantId: 'b1' }));
  s = run(s, (x) => addNote(x, as(A1), note('n1', C1, HOSTILE), T0));
  s = run(s, (x) => addNote(x, as(B1), note('n2', C1, 'Certification costs'), T0 + 1));
  s = run(s, (x) => addNote(x, as(A2), note('n3', C2, 'finance is scarce!'), T0 + 2));
  s = run(s, (x) => changeBoardMode(x, C2, 'private'));
  s = run(s, (x) => addNote(x, as(A2), note('n4', C2, HELD), T0 + 3));
  const who = { role: 'participant', id: 'b1', participant: B1 } as const;
  s = run(s, (x) => clusterGroupNotes(x, who, { id: 'cl1', boardId: C1, title: 'Money' }));
  s = run(s, (x) => moveGroupNotes(x, who, { noteIds: ['n1'], groupId: 'cl1' }, T0 + 4));
  s = run(s, (x) => pickTopPoints(x, who, { groupId: G1, noteIds: ['n2'] }));
  s = run(s, (x) => reportBack(x, 0));
  return run(s, (x) => plusOne(x, 'a2', 'n2'));
}

const formats = (m: ReportModel) => ({
  html: renderHtml(m),
  md: renderMarkdown(m),
  csv: renderCsv(m),
  json: renderJson(m),
});

describe('breakouts in the report', () => {
  it("holds each group's board by cluster, its rapporteur and points with +1s; held notes only counted", () => {
    const m = buildReport(reported(), T0);
    expect(m.boards.map((b) => b.id)).toEqual(['challenges', 'opportunities']);
    expect(m.breakouts).toHaveLength(1);
    const [g1, g2] = m.breakouts[0]!.groups;
    expect(m.breakouts[0]).toMatchObject({ id: 'bk', status: 'reporting', boards: ['Challenges'] });
    expect(g1).toMatchObject({ name: 'Group 1', members: 2, rapporteur: 'Name b1', remote: false, table: null });
    expect(g1!.points).toEqual([{ text: 'Certification costs', plusOnes: 1 }]);
    expect(g1!.boards.map((b) => [b.id, b.unrevealed])).toEqual([[C1, 0]]);
    expect(g1!.boards[0]!.groups.map((g) => [g.title, g.notes.map((n) => [n.text, n.author])])).toEqual([
      ['Money', [[HOSTILE, 'Name a1']]],
      [null, [['Certification costs', 'Name b1']]],
    ]);
    // No picks in group 2: report-back published its first notes, and never the held one.
    expect(g2).toMatchObject({ name: 'Group 2', members: 2, rapporteur: null });
    expect(g2!.points).toEqual([{ text: 'finance is scarce!', plusOnes: 0 }]);
    expect(g2!.boards[0]!.unrevealed).toBe(1);
    expect(g2!.boards[0]!.groups.flatMap((g) => g.notes.map((n) => n.text))).toEqual(['finance is scarce!']);
    for (const [format, text] of Object.entries(formats(m))) expect(text, format).not.toContain(HELD);
  });

  it('says it in every format: group, rapporteur, points, clusters; HTML escapes note text', () => {
    const { html, md, csv, json } = formats(buildReport(reported(), T0));
    expect(html).toContain('<h2>Groups: Challenges</h2>');
    expect(html).toContain('<h3>Group 1</h3>\n<p class="muted">2 people · rapporteur: Name b1</p>');
    expect(html).toContain('<li>Certification costs <strong>+1 1</strong></li>');
    expect(html).toContain('<h5>Money</h5>');
    expect(html).toContain('&#60;b&#62;Finance&#60;/b&#62; &#38; &#34;credit&#34;');
    expect(html).not.toContain('<b>Finance');
    expect(md).toContain(
      '### Group 1\n\n2 people · rapporteur: Name b1\n\nTop points:\n\n1. Certification costs (+1 1)',
    );
    expect(md).toContain('##### Money\n\n- \\<b\\>Finance\\</b\\> & "credit" — Name a1, Org a');
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(
      rows
        .filter((r) => r.section === 'breakout groups' || r.section === 'group notes')
        .map((r) => [r.section, r.breakout_group, r.category, r.group, r.text, r.person, r.votes]),
    ).toEqual([
      ['breakout groups', 'Group 1', 'group', '', 'Group 1', 'Name b1', ''],
      ['breakout groups', 'Group 1', 'top point', '', 'Certification costs', '', '1'],
      ['group notes', 'Group 1', 'Markets and trade', 'Money', HOSTILE, 'Name a1', ''],
      ['group notes', 'Group 1', 'Markets and trade', 'Not grouped', 'Certification costs', 'Name b1', ''],
      ['breakout groups', 'Group 2', 'group', '', 'Group 2', '', ''],
      ['breakout groups', 'Group 2', 'top point', '', 'finance is scarce!', '', '0'],
      ['group notes', 'Group 2', 'Markets and trade', 'Not grouped', 'finance is scarce!', 'Name a2', ''],
    ]);
    expect((JSON.parse(json) as ReportModel).breakouts[0]!.groups[0]!.rapporteur).toBe('Name b1');
  });

  it("shows each merged note's provenance on the plenary board, combined ones with their sources", () => {
    const s = run(reported(), (x) => mergeBreakout(x, [['n1', 'n3']], T0 + 10));
    const m = buildReport(s, T0 + 10);
    expect(m.breakouts[0]!.status).toBe('merged');
    const plenary = m.boards.find((b) => b.id === 'challenges')!;
    const notes = plenary.groups.map((g) => [g.title, g.fromGroup, g.notes.map((n) => [n.text, n.from])]);
    expect(notes.slice(0, 1)).toEqual([
      [
        'Money',
        'Group 1',
        [
          [
            HOSTILE,
            [
              { group: 'Group 1', text: HOSTILE },
              { group: 'Group 2', text: 'finance is scarce!' },
            ],
          ],
        ],
      ],
    ]);
    expect(notes[1]![2]).toContainEqual(['Certification costs', [{ group: 'Group 1', text: 'Certification costs' }]]);
    // The groups' own boards are still in their section after the merge; the held note stays held, in no format.
    for (const [format, text] of Object.entries(formats(m))) expect(text, format).not.toContain(HELD);
    expect(m.breakouts[0]!.groups[1]!.boards[0]!.groups.flatMap((g) => g.notes.map((n) => n.text))).toEqual([
      'finance is scarce!',
    ]);
    const { html, md, csv } = formats(m);
    expect(html).toContain('<h3>Money (from Group 1)</h3>');
    expect(html).toContain(
      'combined from 2 notes: Group 1: “&#60;b&#62;Finance&#60;/b&#62; &#38; &#34;credit&#34;”; Group 2: “finance is scarce!”',
    );
    expect(md).toContain('- Certification costs — Name b1, Org b · from Group 1');
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.section === 'notes' && r.text === HOSTILE)).toMatchObject({
      group: 'Money (from Group 1)',
      breakout_group: 'Group 1 | Group 2',
    });
  });

  it('keeps an anonymous board anonymous in the groups and after the merge', () => {
    const s = run(reported(true), (x) => mergeBreakout(x, [], T0 + 10));
    const m = buildReport(s, T0 + 10);
    const groupNotes = m.breakouts[0]!.groups.flatMap((g) => g.boards.flatMap((b) => b.groups.flatMap((x) => x.notes)));
    const plenary = m.boards.find((b) => b.id === 'challenges')!.groups.flatMap((g) => g.notes);
    expect(groupNotes.length).toBe(3);
    for (const n of [...groupNotes, ...plenary])
      expect([n.anonymous, n.author, n.organisation]).toEqual([true, '', '']);
    for (const [format, text] of Object.entries(formats(m))) expect(text, format).not.toMatch(/Name a1|Name a2/);
    // The rapporteur is named: being rapporteur is not what anyone wrote.
    expect(m.breakouts[0]!.groups[0]!.rapporteur).toBe('Name b1');
  });
});
