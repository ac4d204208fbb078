/** Builds the meeting report model from a workshop's state: pure, so every format shows the same facts. */
import { actionItems } from '../../shared/actions.ts';
import { reportAgenda, venueClock } from './report-agenda.ts';
import { reportBoards, reportRoles } from './report-boards.ts';
import { reportBreakouts } from './report-breakouts.ts';
import type { ReportModel } from './report-model.ts';
import { reportAttendance, reportExpectations, reportQuestions } from './report-people.ts';
import type { WorkshopState } from './state.ts';

/** The report as of `now`, ordered by the agenda. */
export function buildReport(s: WorkshopState, now: number): ReportModel {
  const { meta } = s.pub.room;
  const order = s.pub.room.display?.actionOrder ?? 'date';
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: meta.timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return {
    workshop: {
      code: meta.code,
      title: meta.title,
      date: meta.date,
      timezone: meta.timezone,
      venue: meta.venue,
      generatedAt: `${day} ${venueClock(now, meta.timezone)}`,
    },
    agenda: reportAgenda(s.pub.room, s.pub.actuals),
    boards: reportBoards(s.pub),
    breakouts: reportBreakouts(s),
    roles: reportRoles(s.pub, s.priv.contacts),
    expectations: reportExpectations(s.pub),
    questions: reportQuestions(s.pub),
    actions: { order, items: actionItems(s.pub, order) },
    attendance: reportAttendance(s.priv),
  };
}
