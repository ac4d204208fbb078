/** The schedule as this screen sees it now: planned slots, drift and projections, refreshed every few seconds. */
import { useMemo } from 'react';
import {
  aheadOfPlan,
  driftMinutes,
  driftMs,
  liveSlot,
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
  /** How late (positive) or early (negative) the day runs, in ms; null before the day starts. */
  driftMs: number | null;
  /** The same in whole minutes, rounded up as every screen tells it (`driftMinutes`). */
  driftMinutes: number | null;
  /** So far ahead that the plan is not being followed (a rehearsal, a walk-through): the live step's planned slot says more. */
  aheadOfPlan: boolean;
  /** The live step's planned slot, null before the day starts. */
  live: PlannedSlot | null;
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
  const minutes = drift === null ? null : driftMinutes(drift);
  const { nextBreak, closing } = projections(room, now);
  return {
    slots,
    driftMs: drift,
    driftMinutes: minutes,
    aheadOfPlan: minutes !== null && aheadOfPlan(minutes),
    live: liveSlot(room, now),
    nextBreak,
    closing,
    timezone: room.meta.timezone,
  };
}
