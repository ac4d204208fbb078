/** The report model: agenda order, planned against actual, notes by group with dots, roles, review, questions, attendance. */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../server/domain/report.ts';
import { ANA, REMOTE } from '../helpers/board-state.ts';
import { at, reportState } from '../helpers/report-state.ts';

describe('the report model', () => {
  const m = buildReport(reportState(), at('17:05'));

  it('names the workshop and when the report was made, on the venue clock', () => {
    expect(m.workshop).toMatchObject({
      code: 'TEST01',
      date: '2018-06-12',
      timezone: 'Europe/Zurich',
      generatedAt: '2018-06-12 17:05',
    });
  });

  it('lists every segment in order with planned and actual times and the start drift', () => {
    expect(m.agenda.map((x) => x.id)).toEqual([
      'opening',
      'session-1',
      'coffee-morning',
      'session-2',
      'lunch',
      'session-3',
      'coffee-afternoon',
      'closing',
    ]);
    expect(m.agenda[0]).toMatchObject({
      plannedStart: '09:00',
      plannedEnd: '09:30',
      actualStart: '09:05',
      actualEnd: '09:40',
      plannedMinutes: 30,
      actualMinutes: 35,
      startDriftMinutes: 5,
    });
    expect(m.agenda[0]!.activities[0]).toMatchObject({
      id: 'opening-welcome',
      plannedStart: '09:00',
      plannedEnd: '09:15',
      actualStart: '09:05',
      actualEnd: '09:22',
      actualMinutes: 17,
    });
    expect(m.agenda[0]!.activities[1]).toMatchObject({
      plannedStart: '09:15',
      plannedEnd: '09:30',
      actualStart: null,
      actualMinutes: null,
    });
    expect(m.agenda[5]).toMatchObject({ actualStart: '14:40', actualEnd: null, startDriftMinutes: 10 });
    expect(m.agenda[1]).toMatchObject({ actualStart: null, startDriftMinutes: null });
  });

  it('shows the notes boards in agenda order, by group, most dots first, loose notes last', () => {
    expect(m.boards.map((b) => b.id)).toEqual(['challenges', 'opportunities']);
    const [challenges, opportunities] = m.boards;
    expect(challenges!.vote).toEqual({ budget: 5, dotsCast: 4, closed: true });
    expect(challenges!.groups.map((g) => [g.title, g.notes.map((n) => [n.id, n.votes])])).toEqual([
      [
        'Costs',
        [
          ['c2', 3],
          ['c1', 0],
        ],
      ],
      ['Empty', []],
      [null, [['c3', 1]]],
    ]);
    expect(opportunities!.vote).toBeNull();
    expect(opportunities!.groups[0]!.notes[0]).toMatchObject({
      text: 'Twin consumer and producer coops',
      votes: null,
      author: ANA.name,
      column: 'Partnerships',
    });
  });

  it('shows the roles matrix with commitments, owners and the notes they answer', () => {
    expect(m.roles).toHaveLength(1);
    expect(m.roles[0]).toMatchObject({
      id: 'roles',
      organisations: ['Org ana', 'Org ben'],
      columns: ['Intermediation', 'Capacity building', 'Tools', 'Finance', 'Market access', 'Evidence and research'],
    });
    expect(m.roles[0]!.commitments).toEqual([
      {
        id: 'k1',
        organisation: 'Org ana',
        kind: 'Finance',
        text: 'Revolving fund',
        contact: 'ana@example.org',
        contactDetails: '',
        followUp: '2018-09-01',
        status: 'confirmed',
        linked: ['Certification costs'],
      },
    ]);
  });

  it('shows expectations with their tally, verdict and carry-forward action', () => {
    expect(m.expectations).toEqual([
      {
        id: 'e1',
        text: 'Find trade partners',
        author: ANA.name,
        organisation: ANA.organisation,
        met: 1,
        partly: 2,
        notMet: 0,
        verdict: 'partly',
        action: { text: 'Set up a partner directory', organisation: 'WFTO', due: '2018-10-01' },
      },
    ]);
  });

  it('groups questions by talk in agenda order, with questions from before the day last', () => {
    expect(m.questions.map((t) => [t.talkId, t.questions.map((q) => [q.id, q.status])])).toEqual([
      ['session-1-talk-1', [['q2', 'parked']]],
      ['session-1-talk-2', [['q1', 'answered']]],
      ['general', [['q3', 'open']]],
    ]);
    expect(m.questions[0]!.title).toBe('Coop-to-coop trade: a case study by WFTO members');
  });

  it('counts attendance in the room and remote by organisation, leaving out removed people', () => {
    expect(m.attendance).toMatchObject({ total: 4, room: 2, remote: 2 });
    expect(m.attendance.organisations).toEqual([
      { name: 'Org ana', room: 1, remote: 1 },
      { name: 'Org ben', room: 1, remote: 0 },
      { name: REMOTE.organisation, room: 0, remote: 1 },
    ]);
  });
});
