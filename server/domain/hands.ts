/**
 * Raised hands and the speakers' queue: a participant raises or lowers their own hand; the
 * facilitator gives the floor, sends a hand to the back, or clears the queue. One hand per
 * person, so the queue is bounded by the room; the order is the server's clock.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import { hasEntry, ownEntry } from '../../shared/ids.ts';
import type { Hand, ParticipantId } from '../../shared/model.ts';
import type { FloorInput, QueueDisplayInput, SkipInput } from '../../shared/schemas/signals.ts';
import { floorHolder, stepKey, waitingHands } from '../../shared/speakers-queue.ts';
import { DEFAULT_DISPLAY } from './display.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';

function withHands(s: WorkshopState, hands: Record<ParticipantId, Hand>): WorkshopState {
  return { ...s, pub: { ...s.pub, hands } };
}

/** The state without `pid`'s hand (lowered, or they left); the same state when they had none. */
export function withoutHand(s: WorkshopState, pid: ParticipantId): WorkshopState {
  if (!hasEntry(s.pub.hands, pid)) return s;
  const { [pid]: _lowered, ...others } = s.pub.hands;
  return withHands(s, others);
}

/** Raises or lowers the participant's own hand; asking for what already is changes nothing. */
export function raiseHand(
  s: WorkshopState,
  p: Participant,
  up: boolean,
  now: number,
): Result<Decision<{ raised: boolean }>> {
  const had = hasEntry(s.pub.hands, p.id);
  if (had === up) return ok({ state: s, value: { raised: up } });
  if (!up) return ok({ state: withoutHand(s, p.id), value: { raised: false } });
  const hand: Hand = {
    participantId: p.id,
    name: p.name,
    organisation: p.organisation,
    attendance: p.attendance,
    raisedAt: now,
    queuedAt: now,
    floorAt: null,
  };
  return ok({ state: withHands(s, { ...s.pub.hands, [p.id]: hand }), value: { raised: true } });
}

/** Gives the floor to a raised hand, ending the turn of whoever held it; null only ends that turn. */
export function giveFloor(s: WorkshopState, input: FloorInput, now: number): Result<Decision<null>> {
  const next = input.participantId === null ? null : ownEntry(s.pub.hands, input.participantId);
  if (input.participantId !== null && !next) return fail('not_found', 'this person has no hand raised');
  if (next && next.floorAt !== null) return ok({ state: s, value: null });
  const current = floorHolder(s.pub.hands);
  const ended = current ? withoutHand(s, current.participantId) : s;
  if (!next) return ok({ state: ended, value: null });
  return ok({
    state: withHands(ended, { ...ended.pub.hands, [next.participantId]: { ...next, floorAt: now } }),
    value: null,
  });
}

/** Sends a waiting hand behind everyone waiting now; its wait still counts from when it went up. */
export function skipHand(s: WorkshopState, input: SkipInput, now: number): Result<Decision<null>> {
  const hand = ownEntry(s.pub.hands, input.participantId);
  if (!hand) return fail('not_found', 'this person has no hand raised');
  if (hand.floorAt !== null) return fail('conflict', 'this person holds the floor');
  const last = waitingHands(s.pub.hands).at(-1);
  const queuedAt = Math.max(now, (last?.queuedAt ?? now) + 1);
  return ok({ state: withHands(s, { ...s.pub.hands, [hand.participantId]: { ...hand, queuedAt } }), value: null });
}

/** Lowers every hand and ends the current turn. */
export function clearQueue(s: WorkshopState): Result<Decision<null>> {
  return ok({ state: Object.keys(s.pub.hands).length ? withHands(s, {}) : s, value: null });
}

/** Shows or hides the queue on the projector for the live step only. */
export function showQueue(s: WorkshopState, input: QueueDisplayInput): Result<Decision<null>> {
  const step = stepKey(s.pub.room.live);
  if (step === null) return fail('day_not_started', 'the queue is shown per step, and no step is live');
  const display = { ...DEFAULT_DISPLAY, ...s.pub.room.display };
  const others = (display.queueSteps ?? []).filter((k) => k !== step);
  const queueSteps = input.shown ? [...others, step] : others;
  return ok({
    state: { ...s, pub: { ...s.pub, room: { ...s.pub.room, display: { ...display, queueSteps } } } },
    value: null,
  });
}
