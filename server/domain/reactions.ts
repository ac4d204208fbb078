/**
 * Reactions on a shown note or on the live step: counted, never attributed (only each person's
 * recent times are kept, for their rate), at most REACTION_LIMITS.perWindow per person per window.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import { ownEntry } from '../../shared/ids.ts';
import {
  noReactions,
  noteReactionKey,
  REACTION_LIMITS,
  stepReactionKey,
  type Reaction,
  type ReactionTarget,
} from '../../shared/reactions.ts';
import { stepKey } from '../../shared/speakers-queue.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';

/** Where a reaction on `target` is counted now, or why it cannot be. */
function keyOf(s: WorkshopState, target: ReactionTarget): Result<string> {
  if (target.kind === 'note')
    return ownEntry(s.pub.notes, target.noteId) ? ok(noteReactionKey(target.noteId)) : fail('not_found');
  const step = stepKey(s.pub.room.live);
  return step === null ? fail('day_not_started') : ok(stepReactionKey(step));
}

/** Adds one reaction; answers the target's count of that reaction. */
export function react(
  s: WorkshopState,
  p: Participant,
  target: ReactionTarget,
  reaction: Reaction,
  now: number,
): Result<Decision<{ count: number }>> {
  const key = keyOf(s, target);
  if (!key.ok) return key;
  const recent = (ownEntry(s.priv.reactionTimes, p.id)?.times ?? []).filter((t) => t > now - REACTION_LIMITS.windowMs);
  if (recent.length >= REACTION_LIMITS.perWindow) return fail('rate_limited', 'a few reactions at a time');
  const before = ownEntry(s.pub.reactions, key.value)?.counts ?? noReactions();
  const counts = { ...before, [reaction]: before[reaction] + 1 };
  const times = { participantId: p.id, times: [...recent, now] };
  return ok({
    state: {
      pub: { ...s.pub, reactions: { ...s.pub.reactions, [key.value]: { key: key.value, counts, lastAt: now } } },
      priv: { ...s.priv, reactionTimes: { ...s.priv.reactionTimes, [p.id]: times } },
    },
    value: { count: counts[reaction] },
  });
}
