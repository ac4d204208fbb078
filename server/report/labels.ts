/** Words the report formats share, so Markdown, CSV and HTML say the same thing. */
import type { Rating } from '../../shared/model.ts';
import { REACTIONS, type Reaction } from '../../shared/reactions.ts';
import type {
  ReportActivity,
  ReportBreakout,
  ReportBreakoutGroup,
  ReportCommitment,
  ReportGroup,
  ReportPoint,
  ReportSegment,
  ReportSource,
} from '../domain/report-model.ts';

export const RATING_LABEL: Record<Rating, string> = { met: 'Met', partly: 'Partly met', not_met: 'Not met' };
export const QUESTION_STATUS_LABEL = { open: 'Not answered', answered: 'Answered', parked: 'Parked' } as const;
export const COMMITMENT_STATUS_LABEL = { proposed: 'Proposed', confirmed: 'Confirmed' } as const;
export const ACTION_SOURCE_LABEL = {
  proposed: 'Proposed commitment',
  confirmed: 'Confirmed commitment',
  review: 'Expectations review',
} as const;
export const ACTION_ORDER_LABEL = { date: 'by date', organisation: 'by organisation' } as const;
export const ACTIONS_TITLE = 'Next steps: who does what, by when';
export const ACTIONS_HEAD = ['Organisation', 'Contact', 'Action', 'By when', 'From'];
export const UNGROUPED = 'Not grouped';
export const ANONYMOUS = 'Anonymous';

/** Who wrote a note or asked a question in one phrase: "Name, Organisation", what is known of it, or "Anonymous"; never a stray comma. */
export function authorLine(w: { author: string; organisation: string; anonymous?: true }): string {
  return w.anonymous ? ANONYMOUS : [w.author, w.organisation].filter(Boolean).join(', ');
}

/** The contact person and how to reach them, as one cell: the report is where both are read. */
export const contactOf = (c: ReportCommitment) => [c.contact, c.contactDetails].filter(Boolean).join(' · ');

export const COMMITMENTS_HEAD = [
  'Organisation',
  'Contribution',
  'Commitment',
  'Contact',
  'Follow-up',
  'Status',
  'Answers',
];

/** Where a merged commitment came from: "from Group 1"; empty for one proposed on its own board. */
export const commitmentOrigin = (c: ReportCommitment) => (c.fromGroup ? `from ${c.fromGroup}` : '');

/** `09:00–09:30`, or an empty string for a step that has no actual times yet. */
export function span(start: string | null, end: string | null): string {
  if (!start) return '';
  return `${start}–${end ?? '…'}`;
}

export const plannedSpan = (a: ReportActivity) => span(a.plannedStart, a.plannedEnd);
export const replannedSpan = (a: ReportActivity) => span(a.replannedStart, a.replannedEnd);
/** A segment's start against the original plan: `+7 min`, `-3 min`, or a dash when it never started. */
export const startDrift = (s: ReportSegment) =>
  s.startDriftMinutes === null ? '—' : `${s.startDriftMinutes > 0 ? '+' : ''}${s.startDriftMinutes} min`;

/** The agenda table's columns; the re-planned one only on a day that was re-planned. */
export const agendaHead = (replanned: boolean) => [
  'Step',
  'Planned',
  ...(replanned ? ['Re-planned'] : []),
  'Actual',
  'Start drift',
];

/** Whether any step of the day was re-planned: only then do the formats show the re-planned column. */
export const wasReplanned = (segments: readonly ReportSegment[]) =>
  segments.some((s) => s.replannedStart !== null || s.activities.some((a) => a.replannedStart !== null));
export const actualSpan = (a: ReportActivity) => span(a.actualStart, a.actualEnd);

export const REACTION_LABEL: Record<Reaction, string> = {
  agree: 'Agree',
  disagree: 'Disagree',
  plus: '+1',
  question: '?',
  applause: 'Applause',
};

/** A note's reactions in a few words ("Agree 3, +1 2"), empty when it had none. */
export function reactionsText(counts: Record<Reaction, number>): string {
  return REACTIONS.filter((r) => counts[r] > 0)
    .map((r) => `${REACTION_LABEL[r]} ${counts[r]}`)
    .join(', ');
}

export const BREAKOUT_STATUS_LABEL = {
  running: 'Groups still working',
  reporting: 'Reported back, not merged',
  merged: 'Merged into the plenary boards',
} as const;
export const NO_POINTS = 'No top points picked.';

/** A breakout section's title: "Groups: Challenges, Opportunities". */
export const breakoutTitle = (b: ReportBreakout) => `Groups: ${b.boards.join(', ')}`;

/** "6 people · rapporteur: Ana" — who a group was, in one line. */
export const groupLine = (g: ReportBreakoutGroup) =>
  `${g.members} ${g.members === 1 ? 'person' : 'people'} · rapporteur: ${g.rapporteur ?? 'none'}`;

/** A top point's +1s from other groups: "+1 3", empty when none. */
export const plusOnesText = (p: ReportPoint) => (p.plusOnes > 0 ? `+1 ${p.plusOnes}` : '');

/** Where a merged note came from: "from Group 1", or for combined duplicates every source with its text. */
export function provenanceText(from: readonly ReportSource[] | undefined): string {
  if (!from || from.length === 0) return '';
  if (from.length === 1) return `from ${from[0]!.group}`;
  return `combined from ${from.length} notes: ${from.map((x) => `${x.group}: “${x.text}”`).join('; ')}`;
}

/** A cluster's title, with the group that made it when a merge brought it across. */
export const clusterTitle = (g: ReportGroup) =>
  g.title === null ? UNGROUPED : g.fromGroup ? `${g.title} (from ${g.fromGroup})` : g.title;
