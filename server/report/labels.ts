/** Words the report formats share, so Markdown, CSV and HTML say the same thing. */
import type { Rating } from '../../shared/model.ts';
import { REACTIONS, type Reaction } from '../../shared/reactions.ts';
import type { ReportActivity, ReportCommitment, ReportSegment } from '../domain/report-model.ts';

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
