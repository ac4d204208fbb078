/** Words the report formats share, so Markdown, CSV and HTML say the same thing. */
import type { Rating } from '../../shared/model.ts';
import type { ReportActivity } from '../domain/report-model.ts';

export const RATING_LABEL: Record<Rating, string> = { met: 'Met', partly: 'Partly met', not_met: 'Not met' };
export const QUESTION_STATUS_LABEL = { open: 'Not answered', answered: 'Answered', parked: 'Parked' } as const;
export const COMMITMENT_STATUS_LABEL = { proposed: 'Proposed', confirmed: 'Confirmed' } as const;
export const UNGROUPED = 'Not grouped';

/** `09:00–09:30`, or an empty string for a step that has no actual times yet. */
export function span(start: string | null, end: string | null): string {
  if (!start) return '';
  return `${start}–${end ?? '…'}`;
}

export const plannedSpan = (a: ReportActivity) => span(a.plannedStart, a.plannedEnd);
export const actualSpan = (a: ReportActivity) => span(a.actualStart, a.actualEnd);
