/** Joining: the device makes its token and the join's id, so a resent join finds the same participant. */
import { createHash } from 'node:crypto';
import type { SESSION_COMMANDS } from '../../shared/commands/session.ts';
import { ok } from '../../shared/errors.ts';
import { placeInBreakout } from '../domain/breakouts.ts';
import { joinParticipant } from '../domain/participants.ts';
import { hashSecret } from '../workshops/secrets.ts';
import { byCommandId, handle, type Handlers } from './handler.ts';

/** A participant's id, derived from the client-made id of the join that created them. */
export function participantIdFor(joinId: string): string {
  return createHash('sha256').update(`participant\n${joinId}`).digest('base64url').slice(0, 22);
}

export const SESSION_HANDLERS: Handlers<keyof typeof SESSION_COMMANDS> = {
  'session:join': handle({
    action: 'session.join',
    by: 'attendee',
    commandId: byCommandId,
    decide: (s, _who, { token, ...input }, now) => {
      const joined = joinParticipant(s, input, participantIdFor(input.commandId), hashSecret(token), now);
      if (!joined.ok) return joined;
      // A late joiner is placed in a running breakout by its own rule.
      const placed = placeInBreakout(joined.value.state, joined.value.value.id);
      if (!placed.ok) return placed;
      return ok({ state: placed.value, value: { participantId: joined.value.value.id } });
    },
  }),
};
