/** A command's decision as the hub runs it: the sender's rights read again from the state the command meets. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { CommandName, CommandPayload, CommandValue } from '../../shared/commands.ts';
import { can } from '../domain/permissions.ts';
import { senderOf, type Identity, type Sender } from '../domain/sender.ts';
import type { Decision, WorkshopState } from '../domain/state.ts';
import type { Handler } from './handler.ts';

/** The sender `identity` is in `state`, if the permission table lets them do what `handler` does. */
export function authorize<E extends CommandName>(
  handler: Handler<E>,
  identity: Identity,
  state: WorkshopState,
): Result<Sender> {
  const sender = senderOf(identity, state);
  return can(sender.role, handler.action) ? ok(sender) : fail('forbidden');
}

/**
 * The decision the hub runs when the command's turn in the workshop's queue comes. Rights are
 * checked again there: a kick or demotion queued before the command stops it.
 */
export function decisionOf<E extends CommandName>(
  handler: Handler<E>,
  identity: Identity,
  input: CommandPayload<E>,
): (state: WorkshopState, now: number) => Result<Decision<CommandValue<E>>> {
  return (state, now) => {
    const sender = authorize(handler, identity, state);
    return sender.ok ? handler.decide(state, sender.value, input, now) : sender;
  };
}
