/** The speakers' queue from the replica, in the order every screen shows it. */
import { useMemo } from 'react';
import type { Hand } from '../../../../shared/model.ts';
import { floorHolder, waitingHands } from '../../../../shared/speakers-queue.ts';
import { useWorkshop } from '../../stores/workshop.ts';

const NONE: Record<string, Hand> = {};

export function useSpeakersQueue(): { speaker: Hand | null; waiting: Hand[] } {
  const hands = useWorkshop((s) => s.state?.hands ?? NONE);
  return useMemo(() => ({ speaker: floorHolder(hands), waiting: waitingHands(hands) }), [hands]);
}

/** Whole minutes since `since`, as the queue shows a wait. */
export function waitedMinutes(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}
