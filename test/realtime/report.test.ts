/** A short workshop scripted through the real server, then its report in all four formats, and who may read it. */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../server/domain/report-model.ts';
import { fetchReport, HOSTILE_NOTE, openMeeting, scriptWorkshop, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let m: Meeting;
beforeAll(async () => {
  server = await startTestServer();
  m = await openMeeting(server);
  await scriptWorkshop(m);
});
afterAll(async () => {
  m?.close();
  await server?.close();
});

const get = async (format: string) => {
  const res = await fetchReport(server, m.code, format, m.facilitatorKey);
  expect(res.status).toBe(200);
  return { res, text: await res.text() };
};

describe('who may read the report', () => {
  it('answers 401 without a key, 403 with a wrong one or a participant token, 404 for no workshop, 400 for a bad format', async () => {
    const noKey = await fetchReport(server, m.code, 'md');
    expect([noKey.status, noKey.headers.get('www-authenticate'), await noKey.json()]).toEqual([
      401,
      'Bearer',
      { error: 'unauthorized' },
    ]);
    expect((await fetchReport(server, m.code, 'md', 'not-the-key')).status).toBe(403);
    expect((await fetchReport(server, m.code, 'md', m.ana.token)).status).toBe(403);
    expect((await fetchReport(server, 'ZZZZZZ', 'md', m.facilitatorKey)).status).toBe(404);
    expect((await fetchReport(server, m.code, 'pdf', m.facilitatorKey)).status).toBe(400);
  });
});

describe('the report of the scripted workshop', () => {
  it('JSON holds every section, ordered by the agenda', async () => {
    const { res, text } = await get('json');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const r = JSON.parse(text) as ReportModel;
    expect(r.workshop.code).toBe(m.code);
    expect(r.agenda.map((s) => s.id)).toEqual([
      'opening',
      'session-1',
      'coffee-morning',
      'session-2',
      'lunch',
      'session-3',
      'coffee-afternoon',
      'closing',
    ]);
    expect(r.agenda[0]!.activities[1]).toMatchObject({ id: 'opening-expectations', plannedStart: '09:15' });
    expect(r.agenda[0]!.activities[1]!.actualStart).toMatch(/^\d\d:\d\d$/);
    expect(r.boards.map((b) => b.id)).toEqual(['challenges', 'opportunities']);
    expect(r.boards[0]!.groups.map((g) => [g.title, g.notes.map((n) => [n.id, n.votes])])).toEqual([
      ['Costs', [['ch-1', 2]]],
      [null, [['ch-2', 1]]],
    ]);
    expect(
      r.roles[0]!.commitments.map((c) => [
        c.id,
        c.organisation,
        c.status,
        c.contact,
        c.contactDetails,
        c.followUp,
        c.linked,
      ]),
    ).toEqual([
      ['k-1', 'Ana Coop', 'confirmed', 'Ana Lima', 'ana@example.org', '2018-09-30', ['Certification is too expensive']],
      ['k-2', 'Ben Coop', 'proposed', 'Ben Ito', 'ben@example.org', '2018-11-15', []],
    ]);
    expect(
      r.expectations.map((e) => [e.id, e.met, e.partly, e.notMet, e.verdict, e.action?.organisation ?? null]),
    ).toEqual([
      ['exp-1', 2, 1, 0, 'met', null],
      ['exp-2', 0, 1, 1, 'not_met', 'ILO COOP'],
    ]);
    expect(r.questions).toEqual([
      {
        talkId: 'session-1-talk-1',
        title: expect.stringContaining('WFTO'),
        questions: [
          expect.objectContaining({ id: 'q-1', upvotes: 2, status: 'answered' }),
          expect.objectContaining({ id: 'q-2', status: 'parked' }),
        ],
      },
    ]);
    // The day's outcome as one action list, by date: the review's action, then both commitments.
    expect(r.actions.order).toBe('date');
    expect(r.actions.items.map((a) => [a.organisation, a.due, a.source])).toEqual([
      ['ILO COOP', '2018-07-31', 'review'],
      ['Ana Coop', '2018-09-30', 'confirmed'],
      ['Ben Coop', '2018-11-15', 'proposed'],
    ]);
    expect(r.attendance).toEqual({
      total: 3,
      room: 2,
      remote: 1,
      organisations: [
        { name: 'Ana Coop', room: 1, remote: 0 },
        { name: 'Ben Coop', room: 1, remote: 0 },
        { name: 'Rem Coop', room: 0, remote: 1 },
      ],
    });
  });

  it('CSV parses back with a real parser, every section there, formula-shaped text defused', async () => {
    const { res, text } = await get('csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="plenary-${m.code}-report.csv"`);
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    const of = (section: string) => rows.filter((r) => r.section === section);
    expect(of('agenda')).toHaveLength(8 + 18);
    expect(of('notes').map((r) => [r.text, r.group, r.votes])).toEqual([
      ['Certification is too expensive', 'Costs', '2'],
      [`'${HOSTILE_NOTE}`, 'Not grouped', '1'],
      ['Twin consumer and producer coops', 'Not grouped', '0'],
    ]);
    expect(of('commitments').map((r) => [r.organisation, r.category, r.text, r.status, r.date, r.detail])).toEqual([
      [
        'Ana Coop',
        'Finance',
        'Pilot a revolving fund for certification',
        'Confirmed',
        '2018-09-30',
        'Certification is too expensive',
      ],
      ['Ben Coop', 'Market access', "'-1 shelf for coop products", 'Proposed', '2018-11-15', ''],
    ]);
    expect(of('expectations').map((r) => [r.text, r.met, r.partly, r.not_met, r.status])).toEqual([
      ['Meet buyers from consumer coops', '2', '1', '0', 'Met'],
      ['Agree on a joint pilot', '0', '1', '1', 'Not met'],
    ]);
    expect(of('carry-forward')).toEqual([
      expect.objectContaining({
        text: 'Draft the pilot concept note',
        organisation: 'ILO COOP',
        date: '2018-07-31',
        context: 'Agree on a joint pilot',
      }),
    ]);
    expect(of('questions').map((r) => [r.text, r.votes, r.status])).toEqual([
      ['How were prices agreed with producers?', '2', 'Answered'],
      ['Could this work for coffee?', '0', 'Parked'],
    ]);
    expect(of('attendance')[0]).toMatchObject({ text: 'Everyone', room: '2', remote: '1' });
  });

  it('Markdown has every section and no live markup', async () => {
    const { res, text } = await get('md');
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    for (const part of [
      '## Agenda',
      '## Challenges',
      '### Costs',
      '(2 dots)',
      '## Roles: commitments',
      'Pilot a revolving fund',
      '## Expectations',
      'Draft the pilot concept note',
      '## Next steps: who does what, by when',
      '| ILO COOP | — | Draft the pilot concept note | 2018-07-31 | Expectations review |',
      '## Questions',
      '**Answered**',
      '**Parked**',
      '## Attendance',
      '3 people: 2 in the room, 1 remote.',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('<script>');
  });

  it('HTML has every section, charts, a print stylesheet, escaped text and a strict CSP', async () => {
    const { res, text } = await get('html');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const id of [
      'agenda',
      'board-challenges',
      'board-opportunities',
      'roles-roles',
      'expectations',
      'questions',
      'attendance',
    ])
      expect(text).toContain(`id="${id}"`);
    expect(text).toContain('aria-label="2 dots"');
    expect(text).toContain('aria-label="met 2, partly met 1, not met 0"');
    expect(text).toContain('@media print');
    expect(text).not.toContain('<script>alert');
    expect(text).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});
