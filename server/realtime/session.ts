/** Joining, clock sampling, and the snapshot a socket gets on every connect and whenever its identity changes. */
import type { CommandPayload, CommandValue, CommandName } from '../../shared/commands.ts';
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { SessionSnapshot } from '../../shared/protocol/session.ts';
import { Empty } from '../../shared/schemas/session.ts';
import { participantByToken } from '../domain/participants.ts';
import { senderOf } from '../domain/sender.ts';
import { tokensExpired } from '../domain/token-expiry.ts';
import { hashSecret } from '../workshops/secrets.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';
import { listen } from './listen.ts';

/**
 * What the transport wraps around command `E`'s run through the hub: checks before it, bindings
 * after it; answers what the client is acknowledged with.
 */
export type Around<E extends CommandName> = (
  socket: PlenarySocket,
  ctx: HandlerContext,
  input: CommandPayload<E>,
  run: () => Promise<Result<CommandValue<E>>>,
) => Promise<Result<CommandValue<E>>>;

/**
 * A socket joins once. The first join binds the socket to its device token before it runs, so
 * a second one sent beside it, or after it as someone else, is refused (`already_joined`): a
 * re-join can reset no allowance and multiply no once-per-person fact. Only that join may be
 * sent again (a lost answer). Someone new spends from their address's and their workshop's
 * pace of new identities; a join that fails leaves the socket free to try again.
 */
export const joinOnce: Around<'session:join'> = async (socket, ctx, input, run) => {
  const tokenHash = hashSecret(input.token);
  if (socket.data.deviceTokenHash !== null && socket.data.deviceTokenHash !== tokenHash) return fail('already_joined');
  socket.data.deviceTokenHash = tokenHash;
  const refusal = await identityRefusal(socket, ctx, tokenHash);
  const result = refusal === null ? await run() : fail<CommandValue<'session:join'>>(refusal);
  const bound = result.ok ? await bind(socket, ctx, tokenHash, result.value.participantId) : result;
  if (!bound.ok && socket.data.participantId === null) socket.data.deviceTokenHash = null;
  return bound;
};

/**
 * Why this join is refused, or null: a resend finds its participant and is free, unless that
 * token has expired; someone new is paced per address and per workshop.
 */
async function identityRefusal(
  socket: PlenarySocket,
  ctx: HandlerContext,
  tokenHash: string,
): Promise<'token_expired' | 'rate_limited' | null> {
  const w = await ctx.hub.get(socket.data.code);
  if (w && participantByToken(w.state, tokenHash))
    return tokensExpired(w.state, ctx.tokenTtlHours, ctx.clock.now()) ? 'token_expired' : null;
  const address = ctx.addressOf(socket.request);
  const paced =
    (await ctx.budgets.take('newIdentity', address)) && (await ctx.budgets.take('workshopIdentity', socket.data.code));
  return paced ? null : 'rate_limited';
}

/**
 * Binds the joining socket to its participant. The binding goes by the device's token, not by
 * the answer: a resent join with someone else's command id finds their participant, but not
 * their token, and binds nothing.
 */
async function bind(
  socket: PlenarySocket,
  ctx: HandlerContext,
  tokenHash: string,
  participantId: string,
): Promise<Result<CommandValue<'session:join'>>> {
  const w = await ctx.hub.get(socket.data.code);
  const joined = w ? participantByToken(w.state, tokenHash) : null;
  if (joined?.id !== participantId) return fail('forbidden');
  socket.data.participantId = joined.id;
  ctx.presence.touch(socket.data.code);
  await sendSnapshot(socket, ctx);
  return ok({ participantId });
}

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
