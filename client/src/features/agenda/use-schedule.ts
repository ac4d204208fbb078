/** The schedule as this screen sees it now: planned slots, drift and projections, refreshed every few seconds. */
import { useMemo } from 'react';
import {
  driftMs,
  plannedSlots,
  projections,
  runDay,
  type PlannedSlot,
  type Projection,
} from '../../../../shared/schedule.ts';
import { useRoom } from '../../stores/workshop.ts';
import { useServerNow } from '../../ui/use-now.ts';

export interface ScheduleView {
  slots: PlannedSlot[];
  /** Whole minutes late (positive) or early (negative); null before the day starts. */
  driftMinutes: number | null;
  nextBreak: Projection | null;
  closing: Projection | null;
  timezone: string;
}

export function useSchedule(): ScheduleView | null {
  const room = useRoom();
  const now = useServerNow(5_000);
  const day = room ? runDay(room, now).date : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the agenda and zone, not on every new room object
  const slots = useMemo(
    () => (room && day ? plannedSlots(room.agenda, { date: day, timezone: room.meta.timezone }) : []),
    [room?.agenda, room?.meta.timezone, day],
  );
  if (!room) return null;
  const drift = driftMs(room, now);
  const { nextBreak, closing } = projections(room, now);
  return {
    slots,
    driftMinutes: drift === null ? null : Math.round(drift / 60_000),
    nextBreak,
    closing,
    timezone: room.meta.timezone,
  };
}
