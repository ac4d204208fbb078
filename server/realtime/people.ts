/**
 * Identity changes reach the sockets concerned: a promoted or demoted participant's sockets
 * get a new snapshot, a removed participant's are told and hung up, a merged identity's act as
 * the person it was merged into from their next message on. Driven by durable state changes,
 * so it holds however the change was made.
 */
import type { ParticipantId } from '../../shared/model.ts';
import type { Participant, WorkshopState } from '../domain/state.ts';
import { socketsInWorkshop, type HandlerContext, type PlenarySocket } from './context.ts';
import { sendSnapshot } from './session.ts';

const removed = (p: Participant | undefined) => p?.removedAt !== undefined;

/** Participants whose rights differ between two states. */
function rightsChanged(prev: WorkshopState, next: WorkshopState): Participant[] {
  const before = prev.priv.participants;
  const after = next.priv.participants;
  if (before === after) return [];
  return Object.values(after).filter((p) => {
    const was = before[p.id];
    return (
      was !== undefined &&
      was !== p &&
      (was.cofacilitator !== p.cofacilitator || removed(was) !== removed(p) || was.mergedInto !== p.mergedInto)
    );
  });
}

/** The participant's own sockets on this node (a workshop is pinned to one node). */
function socketsOf(ctx: HandlerContext, code: string, participantId: ParticipantId): PlenarySocket[] {
  return socketsInWorkshop(ctx, code).filter((s) => s.data.participantId === participantId);
}

/** Watches the hub and tells each changed participant's sockets, and hangs up a deleted workshop's; returns the way to stop. */
export function watchPeople(ctx: HandlerContext): () => void {
  // Closed by the server, a Socket.IO client does not reconnect by itself: nothing is left to reach.
  const onDeleted = (code: string) => {
    for (const s of ctx.io.of('/').sockets.values()) if (s.data.code === code) s.disconnect(true);
  };
  ctx.hub.events.on('deleted', onDeleted);
  const onChanged = (code: string, prev: WorkshopState, next: WorkshopState) => {
    const changed = rightsChanged(prev, next);
    if (changed.length === 0) return;
    void tellSockets(ctx, code, changed).catch((err: unknown) =>
      ctx.log.error('people_notify_failed', { code, error: String(err) }),
    );
  };
  ctx.hub.events.on('changed', onChanged);
  return () => {
    ctx.hub.events.off('changed', onChanged);
    ctx.hub.events.off('deleted', onDeleted);
  };
}

async function tellSockets(ctx: HandlerContext, code: string, people: Participant[]): Promise<void> {
  for (const p of people)
    for (const s of socketsOf(ctx, code, p.id)) {
      if (p.mergedInto !== undefined) s.data.participantId = p.mergedInto;
      await sendSnapshot(s, ctx);
      // Closed by the server, a Socket.IO client does not reconnect by itself. After this turn:
      // one who removed themselves gets the answer to their own command first.
      if (removed(p)) setImmediate(() => s.disconnect(true));
    }
  ctx.presence.touch(code);
}
