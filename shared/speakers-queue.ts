/** The speakers' queue as every screen reads it: who holds the floor, and who waits, in order. */
import type { Hand, ParticipantId } from './model.ts';

/** The hands still waiting, first in line first (ties, which one clock tick can make, by id). */
export function waitingHands(hands: Record<ParticipantId, Hand>): Hand[] {
  return Object.values(hands)
    .filter((h) => h.floorAt === null)
    .sort((a, b) => a.queuedAt - b.queuedAt || a.participantId.localeCompare(b.participantId));
}

/** Whoever holds the floor now, or null. */
export function floorHolder(hands: Record<ParticipantId, Hand>): Hand | null {
  return Object.values(hands).find((h) => h.floorAt !== null) ?? null;
}

/** The step a per-step setting is kept under: the live activity, else the live segment. */
export function stepKey(live: { segmentId: string | null; activityId: string | null }): string | null {
  return live.activityId ?? live.segmentId;
}

/** Whether the projector shows the queue during the live step (the facilitator turns it on per step). */
export function queueShown(
  display: { queueSteps?: string[] },
  live: { segmentId: string | null; activityId: string | null },
): boolean {
  const step = stepKey(live);
  return step !== null && (display.queueSteps ?? []).includes(step);
}
