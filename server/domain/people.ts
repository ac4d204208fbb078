/** Managing people: co-facilitators and removal. Pure rules over the private participant list. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { ParticipantId } from '../../shared/model.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';
import { ownEntry } from '../../shared/ids.ts';
import { withoutHand } from './hands.ts';
import { withoutTicks } from './progress.ts';

/** Whether a participant record is a person of the workshop now: neither removed nor merged into someone else. */
export function isCurrent(p: Participant): boolean {
  return p.removedAt === undefined && p.mergedInto === undefined;
}

/** The participant `id` if they exist and are current. */
export function activeParticipant(s: WorkshopState, id: ParticipantId): Participant | null {
  const p = ownEntry(s.priv.participants, id);
  return p && isCurrent(p) ? p : null;
}

function withParticipant(s: WorkshopState, p: Participant): WorkshopState {
  return { ...s, priv: { ...s.priv, participants: { ...s.priv.participants, [p.id]: p } } };
}

/** Promotes (`on`) or demotes a participant; asking for what already holds changes nothing. */
export function setCofacilitator(s: WorkshopState, id: ParticipantId, on: boolean): Result<Decision<null>> {
  const p = activeParticipant(s, id);
  if (!p) return fail('not_found');
  if ((p.cofacilitator ?? false) === on) return ok({ state: s, value: null });
  return ok({ state: withParticipant(s, { ...p, cofacilitator: on }), value: null });
}

/**
 * Removes a participant. The record stays (their notes keep an author, the report its
 * attendance) but loses its rights and its token: the stored hash is cleared, so the device
 * token matches nothing any more. A hand they had raised leaves the queue with them, and their "done" ticks the counts.
 */
export function kickParticipant(s: WorkshopState, id: ParticipantId, now: number): Result<Decision<null>> {
  const p = activeParticipant(s, id);
  if (!p) return fail('not_found');
  const removed = withParticipant(s, { ...p, cofacilitator: false, tokenHash: '', removedAt: now });
  return ok({ state: withoutTicks(withoutHand(removed, id), id), value: null });
}
