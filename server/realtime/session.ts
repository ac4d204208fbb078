/** Joining, clock sampling, and the snapshot a socket gets on every connect and whenever its identity changes. */
import type { CommandPayload, CommandValue, CommandName } from '../../shared/commands.ts';
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { SessionSnapshot } from '../../shared/protocol/session.ts';
import { Empty } from '../../shared/schemas/session.ts';
import { participantByToken } from '../domain/participants.ts';
import { senderOf } from '../domain/sender.ts';
import { hashSecret } from '../workshops/secrets.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';
import { listen } from './listen.ts';

/** What the transport does after the hub decided command `E`; answers what the client is acknowledged with. */
export type After<E extends CommandName> = (
  socket: PlenarySocket,
  ctx: HandlerContext,
  input: CommandPayload<E>,
  result: Result<CommandValue<E>>,
) => Promise<Result<CommandValue<E>>>;

/**
 * Binds the joining socket to its participant. The binding goes by the device's token, not by
 * the answer: a resent join with someone else's command id finds their participant, but not
 * their token, and binds nothing.
 */
export const afterJoin: After<'session:join'> = async (socket, ctx, input, result) => {
  if (!result.ok) return result;
  const w = await ctx.hub.get(socket.data.code);
  const joined = w ? participantByToken(w.state, hashSecret(input.token)) : null;
  if (joined?.id !== result.value.participantId) return fail('forbidden');
  socket.data.participantId = joined.id;
  ctx.presence.touch(socket.data.code);
  await sendSnapshot(socket, ctx);
  return result;
};

/** Answers clock samples and sends the socket its snapshot. */
export async function registerSession(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  listen(socket, ctx, 'clock:ping', Empty, async () => ok({ serverNow: ctx.clock.now() }));
  await sendSnapshot(socket, ctx);
}

/** Tells a socket who the server thinks it is; sent on connect and whenever that changes. */
export async function sendSnapshot(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const w = await ctx.hub.get(socket.data.code);
  if (!w) return;
  const sender = senderOf(socket.data, w.state);
  const p = sender.participant;
  const snapshot: SessionSnapshot = {
    role: sender.role,
    participantId: p?.id ?? null,
    name: p?.name ?? null,
    organisation: p?.organisation ?? null,
    attendance: p?.attendance ?? null,
    serverNow: ctx.clock.now(),
  };
  socket.emit('session:ready', snapshot);
}
