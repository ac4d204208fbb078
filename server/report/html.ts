/** The report as a self-contained HTML page laid out for printing to PDF: no script, every text escaped. */
import type {
  ReportActivity,
  ReportBoard,
  ReportBreakout,
  ReportBreakoutGroup,
  ReportModel,
  ReportRoles,
} from '../domain/report-model.ts';
import { bar, esc, htmlTable, ratingBar, REPORT_CSS } from './html-parts.ts';
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

const section = (id: string, title: string, body: string) =>
  `<section class="report-section" id="${esc(id)}">\n<h2>${esc(title)}</h2>\n${body}\n</section>`;

function agenda(m: ReportModel): string {
  const replanned = wasReplanned(m.agenda);
  const times = (a: ReportActivity) =>
    [plannedSpan(a), ...(replanned ? [replannedSpan(a) || '—'] : []), actualSpan(a) || '—'].map(esc);
  const rows = m.agenda.flatMap((s) => [
    [`<strong>${esc(s.title)}</strong>`, ...times(s), esc(startDrift(s))],
    ...s.activities.map((a) => [esc(a.title), ...times(a), '']),
  ]);
  return htmlTable(agendaHead(replanned), rows, 'agenda');
}

/** A board's vote, held count and notes by cluster; `h` is the cluster headings' level. */
function boardBody(b: ReportBoard, h: 'h3' | 'h5'): string[] {
  const max = Math.max(0, ...b.groups.flatMap((g) => g.notes.map((n) => n.votes ?? 0)));
  const vote = b.vote
    ? `<p class="muted">Dot vote: ${b.vote.dotsCast} dots cast, ${b.vote.budget} per person${b.vote.closed ? '' : ' (still open)'}.</p>`
    : '';
  const held = b.unrevealed > 0 ? `<p class="muted">Notes never revealed: ${b.unrevealed}.</p>` : '';
  const groups = b.groups.map((g) => {
    const items = g.notes.map((n) => {
      const chart = n.votes === null ? '' : `${bar(n.votes, max, `${n.votes} dots`)}<strong>${n.votes}</strong> · `;
      const reactions = reactionsText(n.reactions);
      const reacted = reactions ? ` · ${esc(reactions)}` : '';
      const meta = [authorLine(n), n.column, provenanceText(n.from)].filter(Boolean).join(' · ');
      return `<li>${chart}${esc(n.text)} <span class="muted">— ${esc(meta)}${reacted}</span></li>`;
    });
    const list = items.length > 0 ? `<ul class="notes">\n${items.join('\n')}\n</ul>` : '<p class="muted">No notes.</p>';
    return `<${h}>${esc(clusterTitle(g))}</${h}>\n${list}`;
  });
  return [vote, held, ...groups];
}

function board(b: ReportBoard): string {
  return section(`board-${b.id}`, b.title, [`<p>${esc(b.prompt)}</p>`, ...boardBody(b, 'h3')].join('\n'));
}

function breakoutGroup(g: ReportBreakoutGroup): string {
  const points = g.points.map((p) => {
    const plus = plusOnesText(p);
    return `<li>${esc(p.text)}${plus ? ` <strong>${esc(plus)}</strong>` : ''}</li>`;
  });
  const boards = g.boards.map((b) => `<h4>${esc(b.title)}</h4>\n${boardBody(b, 'h5').join('\n')}`);
  const roles = g.roles.map((r) => `<h4>${esc(r.title)}</h4>\n${rolesBody(r)}`);
  return [
    `<h3>${esc(g.name)}</h3>`,
    `<p class="muted">${esc(groupLine(g))}</p>`,
    points.length > 0
      ? `<p>Top points:</p>\n<ol class="points">\n${points.join('\n')}\n</ol>`
      : `<p class="muted">${NO_POINTS}</p>`,
    ...boards,
    ...roles,
  ].join('\n');
}

/** A breakout: each group's own boards and points; the merged synthesis is on the plenary boards. */
function breakout(b: ReportBreakout): string {
  const body = [`<p class="muted">${esc(BREAKOUT_STATUS_LABEL[b.status])}.</p>`, ...b.groups.map(breakoutGroup)];
  return section(`breakout-${b.id}`, breakoutTitle(b), body.join('\n'));
}

/** Organisations against kinds of contribution, each cell listing that organisation's commitments there. */
function matrix(r: ReportRoles): string {
  const orgs = [...new Set([...r.organisations, ...r.commitments.map((c) => c.organisation)])];
  const rows = orgs.map((org) => [
    `<strong>${esc(org)}</strong>`,
    ...r.columns.map((col) =>
      r.commitments
        .filter((c) => c.organisation === org && c.kind === col)
        .map((c) => esc(c.text))
        .join('<br>'),
    ),
  ]);
  return htmlTable(['Organisation', ...r.columns], rows, 'matrix');
}

/** A roles board's matrix and its commitments, each merged one saying its group. */
function rolesBody(r: ReportRoles): string {
  const rows = r.commitments.map((c) => {
    const origin = commitmentOrigin(c);
    return [
      esc(c.organisation),
      esc(c.kind),
      origin ? `${esc(c.text)} <span class="muted">— ${esc(origin)}</span>` : esc(c.text),
      esc(contactOf(c) || '—'),
      esc(c.followUp ?? '—'),
      esc(COMMITMENT_STATUS_LABEL[c.status]),
      esc(c.linked.join('; ') || '—'),
    ];
  });
  return `${matrix(r)}\n${htmlTable(COMMITMENTS_HEAD, rows, 'commitments')}`;
}

function roles(m: ReportModel): string[] {
  return m.roles.map((r) => section(`roles-${r.id}`, `${r.title}: commitments`, rolesBody(r)));
}

function expectations(m: ReportModel): string {
  const legend = `<p class="legend"><span><i class="swatch" style="background:#0a6b2e"></i>Met</span><span><i class="swatch" style="background:#c58a00"></i>Partly met</span><span><i class="swatch" style="background:#a3121f"></i>Not met</span></p>`;
  const rows = m.expectations.map((e) => [
    `${esc(e.text)}<br><span class="muted">${esc(authorLine(e))}</span>`,
    `${ratingBar(e.met, e.partly, e.notMet)}<br>${e.met} / ${e.partly} / ${e.notMet}`,
    esc(e.verdict ? RATING_LABEL[e.verdict] : '—'),
    e.action
      ? `${esc(e.action.text)}<br><span class="muted">${esc(e.action.organisation)}, by ${esc(e.action.due)}</span>`
      : '—',
  ]);
  return section(
    'expectations',
    'Expectations',
    `${legend}\n${htmlTable(['Expectation', 'Ratings (met / partly / not met)', 'Verdict', 'Carry forward'], rows, 'expectations')}`,
  );
}

function questions(m: ReportModel): string {
  const talks = m.questions.map((t) => {
    const rows = t.questions.map((q) => [
      esc(q.text),
      esc(authorLine(q)),
      String(q.upvotes),
      esc(QUESTION_STATUS_LABEL[q.status]),
    ]);
    return `<h3>${esc(t.title)}</h3>\n${htmlTable(['Question', 'Asked by', 'Upvotes', 'Status'], rows, 'questions')}`;
  });
  return section('questions', 'Questions', talks.join('\n') || '<p class="muted">No questions were asked.</p>');
}

function actions(m: ReportModel): string {
  const rows = m.actions.items.map((a) => [
    `<strong>${esc(a.organisation)}</strong>`,
    esc(a.contact || '—'),
    esc(a.text),
    esc(a.due ?? '—'),
    esc(ACTION_SOURCE_LABEL[a.source]),
  ]);
  return section(
    'actions',
    ACTIONS_TITLE,
    rows.length
      ? `<p class="muted">Ordered ${esc(ACTION_ORDER_LABEL[m.actions.order])}.</p>\n${htmlTable(ACTIONS_HEAD, rows, 'actions')}`
      : '<p class="muted">No commitments or actions.</p>',
  );
}

function attendance(m: ReportModel): string {
  const a = m.attendance;
  const rows = a.organisations.map((o) => [esc(o.name), String(o.room), String(o.remote)]);
  return section(
    'attendance',
    'Attendance',
    `<p>${a.total} people: ${a.room} in the room, ${a.remote} remote.</p>\n${htmlTable(['Organisation', 'Room', 'Remote'], rows, 'attendance')}`,
  );
}

/** The whole report as one HTML document. */
export function renderHtml(m: ReportModel): string {
  const w = m.workshop;
  const body = [
    `<header><h1>${esc(w.title)}</h1><p class="meta">${esc(w.date)} · ${esc(w.venue)} · code ${esc(w.code)} · report of ${esc(w.generatedAt)} (${esc(w.timezone)})</p></header>`,
    `<section id="agenda"><h2>Agenda</h2>\n${agenda(m)}\n</section>`,
    ...m.boards.map(board),
    ...m.breakouts.map(breakout),
    ...roles(m),
    expectations(m),
    actions(m),
    questions(m),
    attendance(m),
  ];
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(w.title)} — report</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
