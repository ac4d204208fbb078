/**
 * How a server handler row is written: the action it needs (the permission table's row), who
 * may send it, how its command id is formed, and a pure `decide` over the state the command
 * meets. `handle` turns a row into what the transport runs, so the table holds one shape.
 */
import { fail, type Result } from '../../shared/errors.ts';
import type { CommandName, CommandPayload, CommandValue } from '../../shared/commands.ts';
import type { Role } from '../../shared/model.ts';
import type { Action } from '../domain/permissions.ts';
import type { ParticipantSender, Sender, StaffSender, VisitorSender } from '../domain/sender.ts';
import type { Decision, WorkshopState } from '../domain/state.ts';

/** Who may send a command: staff, a joined participant, either of them, or anyone who may take part (to join). */
export type SenderKind = 'staff' | 'participant' | 'member' | 'attendee';

export type SenderOf<K extends SenderKind> = K extends 'staff'
  ? StaffSender
  : K extends 'participant'
    ? ParticipantSender
    : K extends 'member'
      ? StaffSender | ParticipantSender
      : ParticipantSender | VisitorSender;

/** The roles each kind admits; a test holds them equal to the roles the row's action permits. */
export const ADMITTED: Record<SenderKind, readonly Role[]> = {
  staff: ['facilitator'],
  participant: ['participant'],
  member: ['facilitator', 'participant'],
  attendee: ['participant', 'guest'],
};

function admits<K extends SenderKind>(kind: K, sender: Sender): sender is SenderOf<K> {
  return ADMITTED[kind].includes(sender.role);
}

export type Decide<E extends CommandName, S> = (
  state: WorkshopState,
  sender: S,
  input: CommandPayload<E>,
  now: number,
) => Result<Decision<CommandValue<E>>>;

/** A handler row as written in server/commands/*.ts. */
export interface HandlerRow<E extends CommandName, K extends SenderKind> {
  action: Action;
  by: K;
  /** The client-made id that makes a resend answer the first result. */
  commandId: (input: CommandPayload<E>) => string;
  decide: Decide<E, SenderOf<K>>;
}

/** A handler as the transport runs it: `decide` takes any sender and refuses those `by` does not admit. */
export interface Handler<E extends CommandName> {
  action: Action;
  by: SenderKind;
  commandId: (input: CommandPayload<E>) => string;
  decide: Decide<E, Sender>;
}

/** Makes a row runnable; the sender's kind is checked here, once, for every command. */
export function handle<E extends CommandName, K extends SenderKind>(row: HandlerRow<E, K>): Handler<E> {
  return {
    action: row.action,
    by: row.by,
    commandId: row.commandId,
    decide: (state, sender, input, now) =>
      admits(row.by, sender) ? row.decide(state, sender, input, now) : fail('forbidden'),
  };
}

/** The usual command id: the client-made `commandId` beside the payload. */
export const byCommandId = (input: { commandId: string }): string => input.commandId;

/** A creation's command id: the client-made id of what it creates. */
export const byCreatedId = (input: { id: string }): string => input.id;

/** Handler rows for some of the commands; the full table checks that none is missing. */
export type Handlers<E extends CommandName> = { [N in E]: Handler<N> };
