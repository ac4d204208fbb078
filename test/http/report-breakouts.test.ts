/**
 * The report after a breakout, from the real server: two groups write, cluster and pick points
 * and propose commitments on their roles boards through socket.io-client, report back (a +1
 * from the other group), merge with a combined duplicate, then the facilitator downloads the
 * report in all four formats. Each shows each group's boards, its rapporteur, and the merged
 * notes and commitments with their group names; a held note never appears in a group's section;
 * note and commitment text is HTML text.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../server/domain/report-model.ts';
import { okValue, openBoardRoom, type BoardRoom } from '../helpers/board-room.ts';
import { joinAs, send } from '../helpers/clients.ts';
import { fetchReport } from '../helpers/meeting.ts';
import { esc } from '../../server/report/html-parts.ts';
import { mdText } from '../../server/report/markdown.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { C1, C2, G1, G2, R1, R2 } from '../helpers/breakout-fixtures.ts';

const HOSTILE = '<img src=x onerror=alert(1)> Credit & "trust"';
const HELD = 'Held-Quota-Bamako-91c3';
const PLEDGE = '<script>x()</script> Shea fund & "fair" prices';
const DETAILS = 'ana@shea.example';
const note = (id: string, boardId: string, text: string) => ({ id, boardId, column: 'Markets and trade', text });

let server: TestServer;
let room: BoardRoom;
const closers: Array<() => void> = [];
/** The report as the facilitator downloads it, in every format, at report-back and after the merge. */
const reports: Record<'reporting' | 'merged', Record<string, string>> = { reporting: {}, merged: {} };

async function download(when: 'reporting' | 'merged'): Promise<void> {
  for (const format of ['html', 'md', 'csv', 'json']) {
    const res = await fetchReport(server, room.code, format, room.facilitatorKey);
    expect(res.status, format).toBe(200);
    reports[when][format] = await res.text();
  }
}

beforeAll(async () => {
  server = await startTestServer();
  room = await openBoardRoom(server, 'open');
  const cara = await joinAs(server.url, room.code, 'Cara');
  const dan = await joinAs(server.url, room.code, 'Dan', 'remote');
  closers.push(
    () => cara.socket.close(),
    () => dan.socket.close(),
  );
  const f = room.fac;
  okValue(await send(f, 'board:mode', { boardId: 'roles', mode: 'open' }));
  const plan = { count: 2, rule: 'hand' as const };
  okValue(await send(f, 'breakout:start', { id: 'bk', boardIds: ['challenges', 'roles'], plan }));
  const moves = [
    { participantId: room.ana.participantId, groupId: G1 },
    { participantId: cara.participantId, groupId: G1 },
    { participantId: room.ben.participantId, groupId: G2 },
    { participantId: dan.participantId, groupId: G2 },
  ];
  okValue(await send(f, 'breakout:assign', { moves }));
  okValue(await send(f, 'breakout:rapporteur', { groupId: G1, participantId: cara.participantId }));
  okValue(await send(room.ana.socket, 'note:add', note('a-1', C1, HOSTILE)));
  okValue(await send(cara.socket, 'note:add', note('a-2', C1, 'Certification costs too much')));
  okValue(await send(room.ben.socket, 'note:add', note('b-1', C2, 'No shared logistics')));
  okValue(await send(dan.socket, 'note:add', note('b-2', C2, 'Credit and trust')));
  okValue(await send(f, 'board:mode', { boardId: C2, mode: 'private' }));
  expect(okValue(await send(dan.socket, 'note:add', note('b-3', C2, HELD)))).toMatchObject({ held: true });
  // Cara, group 1's rapporteur, clusters her table's notes and picks its point.
  okValue(await send(cara.socket, 'breakout:cluster', { id: 'cl-money', boardId: C1, title: 'Money' }));
  okValue(await send(cara.socket, 'breakout:move', { noteIds: ['a-1'], groupId: 'cl-money' }));
  okValue(await send(cara.socket, 'breakout:top', { groupId: G1, noteIds: ['a-2'] }));
  const pledge = { boardId: R1, kind: 'Finance', text: PLEDGE, contact: 'Ana', contactDetails: DETAILS };
  okValue(await send(room.ana.socket, 'commitment:propose', { ...pledge, id: 'k-1', linkedNoteIds: ['a-1'] }));
  const bens = { id: 'k-2', boardId: R2, kind: 'Tools', text: 'Shared logistics map', linkedNoteIds: ['b-2'] };
  okValue(await send(room.ben.socket, 'commitment:propose', bens));
  okValue(await send(f, 'commitment:confirm', { id: 'k-2' }));
  okValue(await send(f, 'breakout:report', { index: 0 }));
  expect(okValue(await send(room.ben.socket, 'breakout:plus', { noteId: 'a-2' }))).toEqual({ plusOnes: 1 });
  await download('reporting');
  okValue(await send(f, 'breakout:merge', { combine: [['a-1', 'b-2']] }));
  await download('merged');
});
afterAll(async () => {
  for (const c of closers.splice(0)) c();
  room?.close();
  await server?.close();
});

describe('the report after a breakout, on a real server', () => {
  it("JSON: each group's board by cluster, its members and rapporteur, points with +1s; merged notes with their groups", () => {
    const r = JSON.parse(reports.merged.json!) as ReportModel;
    expect(r.boards.map((b) => b.id)).toEqual(['challenges', 'opportunities']);
    // Dan joined remote, so the plan made a remote group; moving him by hand emptied it, and the report says so.
    expect(r.breakouts[0]!.groups.map((g) => [g.name, g.remote, g.members])).toEqual([
      ['Group 1', false, 2],
      ['Group 2', false, 2],
      ['Remote group 1', true, 0],
    ]);
    const [g1, g2] = r.breakouts[0]!.groups;
    expect(r.breakouts[0]).toMatchObject({ id: 'bk', status: 'merged', boards: ['Challenges', 'Roles'] });
    expect(g1).toMatchObject({ name: 'Group 1', members: 2, rapporteur: 'Cara' });
    expect(g1!.points).toEqual([{ text: 'Certification costs too much', plusOnes: 1 }]);
    expect(g1!.boards[0]!.groups.map((g) => [g.title, g.notes.map((n) => [n.text, n.author])])).toEqual([
      ['Money', [[HOSTILE, 'Ana']]],
      [null, [['Certification costs too much', 'Cara']]],
    ]);
    expect(g2).toMatchObject({ name: 'Group 2', members: 2, rapporteur: null });
    expect(g2!.boards[0]!.unrevealed).toBe(1);
    expect(g2!.boards[0]!.groups.flatMap((g) => g.notes.map((n) => n.text))).toEqual([
      'No shared logistics',
      'Credit and trust',
    ]);
    const plenary = r.boards[0]!.groups;
    expect(plenary[0]).toMatchObject({ title: 'Money', fromGroup: 'Group 1' });
    expect(plenary[0]!.notes.map((n) => [n.text, n.from])).toEqual([
      [
        HOSTILE,
        [
          { group: 'Group 1', text: HOSTILE },
          { group: 'Group 2', text: 'Credit and trust' },
        ],
      ],
    ]);
    const loose = plenary.find((g) => g.title === null)!.notes;
    expect(loose.find((n) => n.text === 'No shared logistics')!.from).toEqual([
      { group: 'Group 2', text: 'No shared logistics' },
    ]);
  });

  it('never shows a held group note, in any format, at report-back or after the merge (it stays held on its group board)', () => {
    for (const when of ['reporting', 'merged'] as const)
      for (const [format, text] of Object.entries(reports[when])) expect(text, `${when} ${format}`).not.toContain(HELD);
    const r = JSON.parse(reports.merged.json!) as ReportModel;
    expect(r.breakouts[0]!.groups[1]!.boards[0]!.unrevealed).toBe(1);
  });

  it('HTML: a Groups section with rapporteurs and points; provenance on the plenary board; note text as text', () => {
    const html = reports.merged.html!;
    expect(html).toContain('<h2>Groups: Challenges, Roles</h2>');
    expect(html).toContain('<h3>Group 1</h3>\n<p class="muted">2 people · rapporteur: Cara</p>');
    expect(html).toContain('<h3>Group 2</h3>\n<p class="muted">2 people · rapporteur: none</p>');
    expect(html).toContain('<li>Certification costs too much <strong>+1 1</strong></li>');
    expect(html).toContain('<h3>Money (from Group 1)</h3>');
    expect(html).toContain('combined from 2 notes: Group 1: “&#60;img src=x onerror=alert(1)&#62; Credit');
    expect(html).toContain(
      'No shared logistics <span class="muted">— Ben, Ben Coop · Markets and trade · from Group 2',
    );
    expect(html).not.toContain('<img');
  });

  it('Markdown and CSV say the same: group, rapporteur, points, and the merged notes by group', () => {
    const md = reports.merged.md!;
    expect(md).toContain('## Groups: Challenges, Roles');
    expect(md).toContain(
      '### Group 1\n\n2 people · rapporteur: Cara\n\nTop points:\n\n1. Certification costs too much (+1 1)',
    );
    expect(md).toContain('- No shared logistics — Ben, Ben Coop · from Group 2');
    // Markdown keeps the angle brackets as escaped text: no renderer makes a tag of them.
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> Credit');
    expect(md).not.toMatch(/(?<!\\)<img/);
    const rows = parse(reports.merged.csv!, { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((r) => r.category === 'group').map((r) => [r.breakout_group, r.person, r.detail])).toEqual([
      ['Group 1', 'Cara', '2 people · rapporteur: Cara'],
      ['Group 2', '', '2 people · rapporteur: none'],
      ['Remote group 1', '', '0 people · rapporteur: none'],
    ]);
    expect(rows.find((r) => r.category === 'top point')).toMatchObject({
      breakout_group: 'Group 1',
      text: 'Certification costs too much',
      votes: '1',
    });
    expect(rows.filter((r) => r.section === 'group notes').map((r) => [r.breakout_group, r.group, r.text])).toEqual([
      ['Group 1', 'Money', HOSTILE],
      ['Group 1', 'Not grouped', 'Certification costs too much'],
      ['Group 2', 'Not grouped', 'No shared logistics'],
      ['Group 2', 'Not grouped', 'Credit and trust'],
    ]);
    const merged = rows.filter((r) => r.section === 'notes' && r.context === 'Challenges');
    expect(merged.find((r) => r.text === HOSTILE)).toMatchObject({ breakout_group: 'Group 1 | Group 2' });
    expect(merged.find((r) => r.text === 'No shared logistics')).toMatchObject({ breakout_group: 'Group 2' });
  });

  it("lists each group's commitments in its section and the merged ones by group on the plenary board, all formats", () => {
    const json = (when: 'reporting' | 'merged') => JSON.parse(reports[when].json!) as ReportModel;
    const before = json('reporting');
    expect(before.roles.map((r) => [r.id, r.commitments.length])).toEqual([['roles', 0]]);
    const [g1, g2] = before.breakouts[0]!.groups;
    expect(g1!.roles[0]!.commitments.map((c) => [c.organisation, c.kind, c.text, c.status, c.contactDetails])).toEqual([
      ['Ana Coop', 'Finance', PLEDGE, 'proposed', DETAILS],
    ]);
    expect(g1!.roles[0]!.commitments[0]!.linked).toEqual([HOSTILE]);
    expect(g2!.roles[0]!.commitments.map((c) => [c.text, c.status])).toEqual([['Shared logistics map', 'confirmed']]);
    const after = json('merged');
    expect(after.breakouts[0]!.groups[0]!.roles[0]!.commitments.map((c) => c.id)).toEqual(['k-1']);
    expect(after.roles[0]!.organisations).toEqual(['Ana Coop', 'Ben Coop']);
    // Ben's commitment answered b-2, which the merge combined into a-1's note.
    expect(after.roles[0]!.commitments.map((c) => [c.id, c.text, c.fromGroup, c.contactDetails, c.linked])).toEqual([
      ['m-k-1', PLEDGE, 'Group 1', DETAILS, [HOSTILE]],
      ['m-k-2', 'Shared logistics map', 'Group 2', '', [HOSTILE]],
    ]);

    const html = reports.merged.html!;
    expect(html).toContain(`<h4>Roles</h4>`);
    expect(html).toContain(`<td>${esc(PLEDGE)}</td>`);
    expect(html).toContain(`<td>${esc(PLEDGE)} <span class="muted">— from Group 1</span></td>`);
    expect(html).toContain(`Ana · ${DETAILS}`);
    expect(html).not.toContain('<script');

    const md = reports.merged.md!;
    expect(md).toContain('#### Roles');
    expect(md).toContain(`| Ana Coop | Finance | ${mdText(PLEDGE)} | Ana · ${DETAILS} | — | Proposed |`);
    expect(md).toContain(`| Ana Coop | Finance | ${mdText(PLEDGE)} · from Group 1 | Ana · ${DETAILS} | — | Proposed |`);
    expect(md).toContain('| Ben Coop | Tools | Shared logistics map · from Group 2 |');

    const rows = parse(reports.merged.csv!, { columns: true }) as Array<Record<string, string>>;
    const of = (section: string) =>
      rows.filter((r) => r.section === section).map((r) => [r.breakout_group, r.category, r.text, r.status, r.person]);
    expect(of('group commitments')).toEqual([
      ['Group 1', 'Finance', PLEDGE, 'Proposed', `Ana · ${DETAILS}`],
      ['Group 2', 'Tools', 'Shared logistics map', 'Confirmed', ''],
    ]);
    expect(of('commitments')).toEqual([
      ['Group 1', 'Finance', PLEDGE, 'Proposed', `Ana · ${DETAILS}`],
      ['Group 2', 'Tools', 'Shared logistics map', 'Confirmed', ''],
    ]);
  });
});
