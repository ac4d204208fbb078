/** The report as Markdown: headings by section, tables where a reader compares rows. */
import type { ReportActivity, ReportBoard, ReportModel, ReportNote, ReportRoles } from '../domain/report-model.ts';
import {
  ACTION_ORDER_LABEL,
  ACTION_SOURCE_LABEL,
  ACTIONS_HEAD,
  ACTIONS_TITLE,
  actualSpan,
  COMMITMENT_STATUS_LABEL,
  COMMITMENTS_HEAD,
  commitmentOrigin,
  agendaHead,
  plannedSpan,
  QUESTION_STATUS_LABEL,
  RATING_LABEL,
  replannedSpan,
  startDrift,
  wasReplanned,
  contactOf,
  reactionsText,
  authorLine,
  BREAKOUT_STATUS_LABEL,
  breakoutTitle,
  clusterTitle,
  groupLine,
  NO_POINTS,
  plusOnesText,
  provenanceText,
} from './labels.ts';

/** A note's reactions after its line, when it had any. */
const reacted = (counts: ReportNote['reactions']) => {
  const text = reactionsText(counts);
  return text ? ` · ${text}` : '';
};

/** " — Name, Organisation" (or " — Anonymous") after a note or a question; nothing when nobody is known. */
const by = (w: Parameters<typeof authorLine>[0]) => {
  const line = authorLine(w);
  return line ? ` — ${mdText(line)}` : '';
};

/** " · from Group 1" (or the combined sources) after a note a breakout merge brought. */
const origin = (n: ReportNote) => {
  const text = provenanceText(n.from);
  return text ? ` · ${mdText(text)}` : '';
};

/** User text as literal Markdown: one line, and nothing a renderer would turn into markup, links or HTML. */
export function mdText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]<>|~!])/g, '\\$1')
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: Array<Array<string | number>>) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function agenda(m: ReportModel): string[] {
  const replanned = wasReplanned(m.agenda);
  const times = (a: ReportActivity) => [
    plannedSpan(a),
    ...(replanned ? [replannedSpan(a) || '—'] : []),
    actualSpan(a) || '—',
  ];
  const rows = m.agenda.flatMap((s) => [
    [`**${mdText(s.title)}**`, ...times(s), startDrift(s)],
    ...s.activities.map((a) => [`  ${mdText(a.title)}`, ...times(a), '']),
  ]);
  return ['## Agenda', '', table(agendaHead(replanned), rows)];
}

/** A board's vote, held count and notes by cluster under `hashes` headings. */
function boardBody(b: ReportBoard, hashes: string): string[] {
  return [
    ...(b.vote
      ? [
          `Dot vote: ${b.vote.dotsCast} dots cast, ${b.vote.budget} per person${b.vote.closed ? '' : ' (still open)'}.`,
          '',
        ]
      : []),
    ...(b.unrevealed > 0 ? [`Notes never revealed: ${b.unrevealed}.`, ''] : []),
    ...b.groups.flatMap((g) => [
      `${hashes} ${mdText(clusterTitle(g))}`,
      '',
      ...(g.notes.length > 0
        ? g.notes.map(
            (n) =>
              `- ${mdText(n.text)}${by(n)}${n.votes === null ? '' : ` (${n.votes} dots)`}${reacted(n.reactions)}${origin(n)}`,
          )
        : ['No notes.']),
      '',
    ]),
  ];
}

function boards(m: ReportModel): string[] {
  return m.boards.flatMap((b) => [`## ${mdText(b.title)}`, '', ...boardBody(b, '###')]);
}

function breakouts(m: ReportModel): string[] {
  return m.breakouts.flatMap((b) => [
    `## ${mdText(breakoutTitle(b))}`,
    '',
    `${BREAKOUT_STATUS_LABEL[b.status]}.`,
    '',
    ...b.groups.flatMap((g) => [
      `### ${mdText(g.name)}`,
      '',
      mdText(groupLine(g)),
      '',
      ...(g.points.length > 0
        ? [
            'Top points:',
            '',
            ...g.points.map((p, i) => {
              const plus = plusOnesText(p);
              return `${i + 1}. ${mdText(p.text)}${plus ? ` (${plus})` : ''}`;
            }),
          ]
        : [NO_POINTS]),
      '',
      ...g.boards.flatMap((x) => [`#### ${mdText(x.title)}`, '', ...boardBody(x, '#####')]),
      ...g.roles.flatMap((r) => [`#### ${mdText(r.title)}`, '', ...rolesBody(r)]),
    ]),
  ]);
}

/** A roles board's commitments as a table, each merged one saying its group, then its rows. */
function rolesBody(r: ReportRoles): string[] {
  return [
    table(
      COMMITMENTS_HEAD,
      r.commitments.map((c) => {
        const origin = commitmentOrigin(c);
        return [
          mdText(c.organisation),
          mdText(c.kind),
          origin ? `${mdText(c.text)} · ${mdText(origin)}` : mdText(c.text),
          mdText(contactOf(c)) || '—',
          c.followUp ?? '—',
          COMMITMENT_STATUS_LABEL[c.status],
          c.linked.map(mdText).join('; ') || '—',
        ];
      }),
    ),
    '',
    `Organisations: ${r.organisations.map(mdText).join(', ') || '—'}`,
    '',
  ];
}

function roles(m: ReportModel): string[] {
  return m.roles.flatMap((r) => [`## ${mdText(r.title)}: commitments`, '', ...rolesBody(r)]);
}

function expectations(m: ReportModel): string[] {
  const rows = m.expectations.map((e) => [
    mdText(e.text),
    mdText(authorLine(e)),
    e.met,
    e.partly,
    e.notMet,
    e.verdict ? RATING_LABEL[e.verdict] : '—',
    e.action ? `${mdText(e.action.text)} (${mdText(e.action.organisation)}, by ${e.action.due})` : '—',
  ]);
  return [
    '## Expectations',
    '',
    table(['Expectation', 'From', 'Met', 'Partly', 'Not met', 'Verdict', 'Carry forward'], rows),
    '',
  ];
}

function questions(m: ReportModel): string[] {
  return [
    '## Questions',
    '',
    ...m.questions.flatMap((t) => [
      `### ${mdText(t.title)}`,
      '',
      ...t.questions.map(
        (q) => `- **${QUESTION_STATUS_LABEL[q.status]}** (${q.upvotes} upvotes): ${mdText(q.text)}${by(q)}`,
      ),
      '',
    ]),
  ];
}

function actions(m: ReportModel): string[] {
  const rows = m.actions.items.map((a) => [
    mdText(a.organisation),
    mdText(a.contact) || '—',
    mdText(a.text),
    a.due ?? '—',
    ACTION_SOURCE_LABEL[a.source],
  ]);
  return [
    `## ${ACTIONS_TITLE}`,
    '',
    `Ordered ${ACTION_ORDER_LABEL[m.actions.order]}.`,
    '',
    rows.length ? table(ACTIONS_HEAD, rows) : 'No commitments or actions.',
    '',
  ];
}

function attendance(m: ReportModel): string[] {
  const a = m.attendance;
  return [
    '## Attendance',
    '',
    `${a.total} people: ${a.room} in the room, ${a.remote} remote.`,
    '',
    table(
      ['Organisation', 'Room', 'Remote'],
      a.organisations.map((o) => [mdText(o.name), o.room, o.remote]),
    ),
    '',
  ];
}

/** The whole report. */
export function renderMarkdown(m: ReportModel): string {
  const w = m.workshop;
  const head = [
    `# ${mdText(w.title)}`,
    '',
    `${w.date} · ${mdText(w.venue)} · code ${w.code} · report of ${w.generatedAt} (${w.timezone})`,
    '',
  ];
  return [
    ...head,
    ...agenda(m),
    '',
    ...boards(m),
    ...breakouts(m),
    ...roles(m),
    ...expectations(m),
    ...actions(m),
    ...questions(m),
    ...attendance(m),
  ].join('\n');
}
