/** Bridges a socket's actor to the board rules, and runs a board command through the hub. */
import { fail, type Result } from '../../shared/errors.ts';
import type { Decide } from '../workshops/hub.ts';
import type { BoardActor } from '../domain/notes.ts';
import type { Actor, HandlerContext, PlenarySocket } from './context.ts';

/** The board rules' view of an actor; null for anyone who is neither facilitator nor joined participant. */
export function boardActor(actor: Actor): BoardActor | null {
  if (actor.role === 'facilitator') return { role: 'facilitator' };
  return actor.participant ? { role: 'participant', participant: actor.participant } : null;
}

/** Who the command log and idempotency key on: the participant (across reconnects), or the facilitator. */
export function actorKey(actor: BoardActor): string {
  return actor.role === 'facilitator' ? 'facilitator' : actor.participant.id;
}

/** Runs `decide` as `actor`'s command `type`; a `commandId` makes a resend answer the first result. */
export function runAs<T>(
  socket: PlenarySocket,
  ctx: HandlerContext,
  actor: Actor,
  meta: { type: string; payload: unknown; commandId?: string | undefined },
  decide: (who: BoardActor) => Decide<T>,
): Promise<Result<T>> {
  const who = boardActor(actor);
  if (!who) return Promise.resolve(fail('not_joined'));
  const { commandId, ...rest } = meta;
  return ctx.hub.execute(
    socket.data.code,
    { ...rest, actor: actorKey(who), ...(commandId ? { commandId } : {}) },
    decide(who),
  );
}
