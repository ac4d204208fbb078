/** Joining with a name, clock sampling, and the snapshot a socket gets on every connect. */
import { randomUUID } from 'node:crypto';
import { ok } from '../../shared/errors.ts';
import type { SessionSnapshot } from '../../shared/protocol/session.ts';
import { Empty, JoinInput } from '../../shared/schemas/session.ts';
import { joinParticipant } from '../domain/participants.ts';
import { hashSecret, newSecret } from '../workshops/secrets.ts';
import { onCommand } from './command.ts';
import { actorOf, type HandlerContext, type PlenarySocket } from './context.ts';

/** Registers the session commands on one socket and sends it its snapshot. */
export async function registerSession(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  onCommand(socket, ctx, 'clock:ping', { schema: Empty, action: 'clock.ping' }, async () =>
    ok({ serverNow: ctx.clock.now() }),
  );

  onCommand(socket, ctx, 'session:join', { schema: JoinInput, action: 'session.join' }, async (input) => {
    const token = newSecret();
    const id = randomUUID();
    const result = await ctx.hub.execute(
      socket.data.code,
      { type: 'session:join', actor: `socket:${socket.id}`, payload: input },
      (s, now) => joinParticipant(s, input, id, hashSecret(token), now),
    );
    if (!result.ok) return result;
    socket.data.participantId = id;
    ctx.presence.touch(socket.data.code);
    await sendSnapshot(socket, ctx);
    return ok({ participantId: id, token });
  });

  await sendSnapshot(socket, ctx);
}

/** Tells a socket who the server thinks it is; sent on connect and whenever that changes. */
export async function sendSnapshot(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const w = await ctx.hub.get(socket.data.code);
  if (!w) return;
  const actor = actorOf(socket.data, w.state);
  const p = actor.participant;
  const snapshot: SessionSnapshot = {
    role: actor.role,
    participantId: p?.id ?? null,
    name: p?.name ?? null,
    organisation: p?.organisation ?? null,
    attendance: p?.attendance ?? null,
    serverNow: ctx.clock.now(),
  };
  socket.emit('session:ready', snapshot);
}
