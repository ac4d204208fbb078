/** The report's agenda section: every segment and activity, planned against actual, on the venue's clock. */
import type { Actual, RoomState } from '../../shared/model.ts';
import { plannedSlots, runDay, segmentSlot } from '../../shared/schedule.ts';
import { venueTimeToInstant } from '../../shared/time.ts';
import type { ReportActivity, ReportSegment } from './report-model.ts';
import { ownEntry } from '../../shared/ids.ts';

const MINUTE = 60_000;

/** `HH:MM` on the venue's clock for an instant. */
export function venueClock(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );
}

type Slot = { start: number; end: number };

function timing(
  id: string,
  title: string,
  current: Slot,
  original: Slot | undefined,
  actual: Actual | undefined,
  tz: string,
): ReportActivity {
  const planned = original ?? current;
  const moved =
    venueClock(planned.start, tz) !== venueClock(current.start, tz) ||
    venueClock(planned.end, tz) !== venueClock(current.end, tz);
  return {
    id,
    title,
    plannedStart: venueClock(planned.start, tz),
    plannedEnd: venueClock(planned.end, tz),
    replannedStart: moved ? venueClock(current.start, tz) : null,
    replannedEnd: moved ? venueClock(current.end, tz) : null,
    actualStart: actual ? venueClock(actual.startedAt, tz) : null,
    actualEnd: actual?.endedAt ? venueClock(actual.endedAt, tz) : null,
    plannedMinutes: Math.round((planned.end - planned.start) / MINUTE),
    actualMinutes: actual?.endedAt ? Math.round((actual.endedAt - actual.startedAt) / MINUTE) : null,
  };
}

/** Segments in agenda order, each with its activities, planned (originally and re-planned) against actual. */
export function reportAgenda(room: RoomState, actuals: Record<string, Actual>): ReportSegment[] {
  const tz = room.meta.timezone;
  const day = runDay(room, venueTimeToInstant(room.meta.date, '12:00', tz));
  const slots = plannedSlots(room.agenda, day);
  const original = room.originalPlan ?? {};
  return room.agenda.segments.map((segment) => {
    const actual = ownEntry(actuals, segment.id);
    const activities = slots
      .filter((x) => x.segment.id === segment.id && x.activity)
      .map((x) =>
        timing(
          x.activity!.id,
          x.activity!.title,
          x,
          ownEntry(original, x.activity!.id),
          ownEntry(actuals, x.activity!.id),
          tz,
        ),
      );
    const planned = ownEntry(original, segment.id) ?? segmentSlot(segment, day);
    return {
      ...timing(segment.id, segment.title, segmentSlot(segment, day), ownEntry(original, segment.id), actual, tz),
      kind: segment.kind,
      // Against the plan on the day it ran, so a rehearsal on another day still reads "started 5 min late".
      startDriftMinutes: actual ? Math.round((actual.startedAt - planned.start) / MINUTE) : null,
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
