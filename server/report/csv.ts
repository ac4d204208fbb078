/** The report as one CSV table, one row per fact, with a `section` column; safe to open in a spreadsheet. */
import type { ReportBoard, ReportModel, ReportRoles } from '../domain/report-model.ts';
import {
  actualSpan,
  COMMITMENT_STATUS_LABEL,
  plannedSpan,
  QUESTION_STATUS_LABEL,
  replannedSpan,
  RATING_LABEL,
  contactOf,
  reactionsText,
  ANONYMOUS,
  BREAKOUT_STATUS_LABEL,
  breakoutTitle,
  clusterTitle,
  groupLine,
  provenanceText,
} from './labels.ts';

export const CSV_COLUMNS = [
  'section',
  'context',
  'group',
  'breakout_group',
  'category',
  'text',
  'organisation',
  'person',
  'votes',
  'met',
  'partly',
  'not_met',
  'room',
  'remote',
  'status',
  'planned',
  'replanned',
  'actual',
  'date',
  'detail',
  'reactions',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

/**
 * One cell. Text a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or CR)
 * gets a leading apostrophe; numbers we produced ourselves are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function agendaRows(m: ReportModel): Row[] {
  return m.agenda.flatMap((s) => [
    {
      section: 'agenda',
      context: s.title,
      category: 'segment',
      text: s.title,
      planned: plannedSpan(s),
      replanned: replannedSpan(s),
      actual: actualSpan(s),
      detail: s.actualMinutes === null ? null : `${s.actualMinutes} min`,
    },
    ...s.activities.map((a) => ({
      section: 'agenda',
      context: s.title,
      category: 'activity',
      text: a.title,
      planned: plannedSpan(a),
      replanned: replannedSpan(a),
      actual: actualSpan(a),
      detail: a.actualMinutes === null ? null : `${a.actualMinutes} min`,
    })),
  ]);
}

/** A board's notes, one row each; `section` and `breakoutGroup` say whose board it is. */
function noteRows(b: ReportBoard, section: string, breakoutGroup: string | null): Row[] {
  return b.groups.flatMap((g) =>
    g.notes.map((n) => ({
      section,
      context: b.title,
      group: clusterTitle(g),
      breakout_group: breakoutGroup ?? n.from?.map((x) => x.group).join(' | '),
      category: n.column,
      text: n.text,
      organisation: n.organisation,
      person: n.anonymous ? ANONYMOUS : n.author,
      votes: n.votes,
      detail: provenanceText(n.from),
      reactions: reactionsText(n.reactions),
    })),
  );
}

/** Each breakout group: who it was, its points (+1s under votes), its own boards' notes and commitments. */
function breakoutRows(m: ReportModel): Row[] {
  return m.breakouts.flatMap((b) =>
    b.groups.flatMap((g) => [
      {
        section: 'breakout groups',
        context: breakoutTitle(b),
        breakout_group: g.name,
        category: 'group',
        text: g.name,
        person: g.rapporteur,
        status: BREAKOUT_STATUS_LABEL[b.status],
        detail: groupLine(g),
      },
      ...g.points.map((p) => ({
        section: 'breakout groups',
        context: breakoutTitle(b),
        breakout_group: g.name,
        category: 'top point',
        text: p.text,
        // A point's +1s from the other groups: a count to sort by, as dots are for notes.
        votes: p.plusOnes,
      })),
      ...g.boards.flatMap((x) => noteRows(x, 'group notes', g.name)),
      ...g.roles.flatMap((r) => commitmentRows(r, 'group commitments', g.name)),
    ]),
  );
}

/** A roles board's commitments, one row each; `breakoutGroup` names a group's own board, else a merged one's group. */
function commitmentRows(r: ReportRoles, section: string, breakoutGroup: string | null): Row[] {
  return r.commitments.map((c) => ({
    section,
    context: r.title,
    breakout_group: breakoutGroup ?? c.fromGroup,
    category: c.kind,
    text: c.text,
    organisation: c.organisation,
    person: contactOf(c),
    status: COMMITMENT_STATUS_LABEL[c.status],
    date: c.followUp,
    detail: c.linked.join(' | '),
  }));
}

function boardRows(m: ReportModel): Row[] {
  const notes = m.boards.flatMap((b) => noteRows(b, 'notes', null));
  const commitments = m.roles.flatMap((r) => commitmentRows(r, 'commitments', null));
  return [...notes, ...breakoutRows(m), ...commitments];
}

function peopleRows(m: ReportModel): Row[] {
  const expectations = m.expectations.flatMap((e) => [
    {
      section: 'expectations',
      text: e.text,
      organisation: e.organisation,
      person: e.anonymous ? ANONYMOUS : e.author,
      met: e.met,
      partly: e.partly,
      not_met: e.notMet,
      status: e.verdict ? RATING_LABEL[e.verdict] : null,
    },
    ...(e.action
      ? [
          {
            section: 'carry-forward',
            context: e.text,
            text: e.action.text,
            organisation: e.action.organisation,
            date: e.action.due,
          },
        ]
      : []),
  ]);
  const questions = m.questions.flatMap((t) =>
    t.questions.map((q) => ({
      section: 'questions',
      context: t.title,
      text: q.text,
      organisation: q.organisation,
      person: q.author,
      votes: q.upvotes,
      status: QUESTION_STATUS_LABEL[q.status],
    })),
  );
  const { attendance: a } = m;
  const attendance = [
    { section: 'attendance', category: 'total', text: 'Everyone', room: a.room, remote: a.remote },
    ...a.organisations.map((o) => ({
      section: 'attendance',
      category: 'organisation',
      text: o.name,
      organisation: o.name,
      room: o.room,
      remote: o.remote,
    })),
  ];
  return [...expectations, ...questions, ...attendance];
}

/** The whole report, CRLF line ends (RFC 4180), header first. */
export function renderCsv(m: ReportModel): string {
  const rows = [...agendaRows(m), ...boardRows(m), ...peopleRows(m)];
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
