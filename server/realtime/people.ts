/**
 * The facilitator manages people: promote to co-facilitator, demote, kick. Rights follow from
 * state on every event (actorOf), so these handlers only change state and tell the sockets
 * concerned: a new snapshot for a changed role; for a kick, the snapshot and then a hang-up.
 */
import { ok, type Result } from '../../shared/errors.ts';
import type { ParticipantId } from '../../shared/model.ts';
import { PersonRef } from '../../shared/schemas/people.ts';
import { kickParticipant, setCofacilitator } from '../domain/people.ts';
import type { Decide } from '../workshops/hub.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';
import { sendSnapshot } from './session.ts';

type PeopleEvent = 'people:promote' | 'people:demote' | 'people:kick';

const DECISIONS: Record<PeopleEvent, (id: ParticipantId) => Decide<null>> = {
  'people:promote': (id) => (s) => setCofacilitator(s, id, true),
  'people:demote': (id) => (s) => setCofacilitator(s, id, false),
  'people:kick': (id) => (s, now) => kickParticipant(s, id, now),
};

/** Registers the people commands on one socket. */
export async function registerPeople(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  for (const event of Object.keys(DECISIONS) as PeopleEvent[]) {
    onCommand(
      socket,
      ctx,
      event,
      { schema: PersonRef, action: 'people.manage' },
      async ({ participantId }, actor): Promise<Result<null>> => {
        const meta = { type: event, actor: actor.participant?.id ?? 'facilitator', payload: { participantId } };
        const result = await ctx.hub.execute(socket.data.code, meta, DECISIONS[event](participantId));
        if (result.ok) await tellSockets(ctx, socket.data.code, participantId, event === 'people:kick');
        return result.ok ? ok(null) : result;
      },
    );
  }
}

/** The participant's own sockets on this node (a workshop is pinned to one node). */
function socketsOf(ctx: HandlerContext, code: string, participantId: ParticipantId): PlenarySocket[] {
  return [...ctx.io.of('/').sockets.values()].filter(
    (s) => s.data.code === code && s.data.participantId === participantId,
  );
}

async function tellSockets(
  ctx: HandlerContext,
  code: string,
  participantId: ParticipantId,
  hangUp: boolean,
): Promise<void> {
  for (const s of socketsOf(ctx, code, participantId)) {
    await sendSnapshot(s, ctx);
    // Closed by the server, a Socket.IO client does not reconnect by itself.
    if (hangUp) s.disconnect(true);
  }
  ctx.presence.touch(code);
}
