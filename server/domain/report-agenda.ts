/** The report's agenda section: every segment and activity, planned against actual, on the venue's clock. */
import type { Actual, RoomState } from '../../shared/model.ts';
import { plannedSlots, segmentSlot } from '../../shared/schedule.ts';
import { clockMinutes } from '../../shared/time.ts';
import type { ReportActivity, ReportSegment } from './report-model.ts';

const MINUTE = 60_000;

/** `HH:MM` on the venue's clock for an instant. */
export function venueClock(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );
}

function timing(
  id: string,
  title: string,
  start: number,
  end: number,
  actual: Actual | undefined,
  tz: string,
): ReportActivity {
  return {
    id,
    title,
    plannedStart: venueClock(start, tz),
    plannedEnd: venueClock(end, tz),
    actualStart: actual ? venueClock(actual.startedAt, tz) : null,
    actualEnd: actual?.endedAt ? venueClock(actual.endedAt, tz) : null,
    plannedMinutes: Math.round((end - start) / MINUTE),
    actualMinutes: actual?.endedAt ? Math.round((actual.endedAt - actual.startedAt) / MINUTE) : null,
  };
}

/** Segments in agenda order, each with its activities. */
export function reportAgenda(room: RoomState, actuals: Record<string, Actual>): ReportSegment[] {
  const tz = room.meta.timezone;
  const slots = plannedSlots(room.agenda, room.meta);
  return room.agenda.segments.map((segment) => {
    const slot = segmentSlot(segment, room.meta);
    const actual = actuals[segment.id];
    const activities = slots
      .filter((x) => x.segment.id === segment.id && x.activity)
      .map((x) => timing(x.activity!.id, x.activity!.title, x.start, x.end, actuals[x.activity!.id], tz));
    return {
      ...timing(segment.id, segment.title, slot.start, slot.end, actual, tz),
      kind: segment.kind,
      // Compared on the venue clock, so a rehearsal on another day still reads "started 5 min late".
      startDriftMinutes: actual ? clockMinutes(venueClock(actual.startedAt, tz)) - clockMinutes(segment.start) : null,
      activities,
    };
  });
}

/** Board ids in the order the agenda first uses them; boards it never uses follow in their own order. */
export function boardOrder(room: RoomState, boardIds: readonly string[]): string[] {
  const used = room.agenda.segments.flatMap((s) => [
    ...s.config.boardIds,
    ...s.activities.flatMap((a) => a.config.boardIds),
  ]);
  return [...new Set([...used.filter((id) => boardIds.includes(id)), ...boardIds])];
}

/** Talk ids (activities, then segments) in agenda order, with their titles. */
export function talkTitles(room: RoomState): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of room.agenda.segments) {
    out.set(s.id, s.title);
    for (const a of s.activities) out.set(a.id, a.title);
  }
  return out;
}
