/** The report as one CSV table, one row per fact, with a `section` column; safe to open in a spreadsheet. */
import type { ReportModel } from '../domain/report-model.ts';
import {
  actualSpan,
  COMMITMENT_STATUS_LABEL,
  plannedSpan,
  QUESTION_STATUS_LABEL,
  replannedSpan,
  RATING_LABEL,
  UNGROUPED,
  contactOf,
  reactionsText,
  ANONYMOUS,
} from './labels.ts';

export const CSV_COLUMNS = [
  'section',
  'context',
  'group',
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

function boardRows(m: ReportModel): Row[] {
  const notes = m.boards.flatMap((b) =>
    b.groups.flatMap((g) =>
      g.notes.map((n) => ({
        section: 'notes',
        context: b.title,
        group: g.title ?? UNGROUPED,
        category: n.column,
        text: n.text,
        organisation: n.organisation,
        person: n.anonymous ? ANONYMOUS : n.author,
        votes: n.votes,
        reactions: reactionsText(n.reactions),
      })),
    ),
  );
  const commitments = m.roles.flatMap((r) =>
    r.commitments.map((c) => ({
      section: 'commitments',
      context: r.title,
      category: c.kind,
      text: c.text,
      organisation: c.organisation,
      person: contactOf(c),
      status: COMMITMENT_STATUS_LABEL[c.status],
      date: c.followUp,
      detail: c.linked.join(' | '),
    })),
  );
  return [...notes, ...commitments];
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
