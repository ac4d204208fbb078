/** Joining a workshop: pure rules over the private participant list. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { JoinInput } from '../../shared/schemas/session.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';
import { ownEntry } from '../../shared/ids.ts';

/**
 * Adds a participant with an already-hashed device token. The same join again (same id, same
 * token) answers the participant it made; an id or a token already in use otherwise is refused.
 */
export function joinParticipant(
  s: WorkshopState,
  input: JoinInput,
  id: string,
  tokenHash: string,
  now: number,
): Result<Decision<Participant>> {
  const existing = ownEntry(s.priv.participants, id);
  if (existing?.tokenHash === tokenHash) return ok({ state: s, value: mergedTarget(s, existing) });
  if (existing) return fail('conflict', 'participant id in use');
  if (participantByToken(s, tokenHash)) return fail('conflict', 'device token in use');
  const participant: Participant = {
    id,
    name: input.name,
    organisation: input.organisation,
    attendance: input.attendance,
    tokenHash,
    joinedAt: now,
    ...(input.table === undefined ? {} : { table: input.table }),
  };
  return ok({
    state: { ...s, priv: { ...s.priv, participants: { ...s.priv.participants, [id]: participant } } },
    value: participant,
  });
}

/** Finds the participant whose device token hashes to `tokenHash`: for a merged identity, the person it was merged into. */
export function participantByToken(s: WorkshopState, tokenHash: string): Participant | null {
  for (const p of Object.values(s.priv.participants)) if (p.tokenHash === tokenHash) return mergedTarget(s, p);
  return null;
}

/** Where a merged identity now lives (merges can chain: A into B, then B into C). */
function mergedTarget(s: WorkshopState, p: Participant): Participant {
  let at = p;
  for (let hops = 0; at.mergedInto !== undefined && hops < 100; hops++) {
    const next = ownEntry(s.priv.participants, at.mergedInto);
    if (!next) break;
    at = next;
  }
  return at;
}
