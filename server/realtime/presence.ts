/**
 * Who is connected, per workshop. Counts go to everyone, names to facilitators; changes
 * are coalesced so 80 people joining at once produce a handful of messages, not 80².
 */
import type { Presence, PresencePerson } from '../../shared/protocol/session.ts';
import { senderOf } from '../domain/sender.ts';
import { roomOf, type HandlerContext, type PlenarySocket } from './context.ts';

const FACILITATORS = (code: string) => `${roomOf(code)}:facilitators`;

export interface PresenceTracker {
  track(socket: PlenarySocket): void;
  /** Re-announces after a socket's identity or rights changed (joined, promoted, demoted). */
  touch(code: string): void;
  close(): void;
}

/** Creates a tracker that announces presence at most once per `intervalMs` per workshop. */
export function createPresence(ctx: Omit<HandlerContext, 'presence'>, intervalMs = 500): PresenceTracker {
  const pending = new Map<string, NodeJS.Timeout>();

  /**
   * Counts who is here and, in the same pass over the sockets, brings the facilitators' room
   * in line with current rights (so names reach exactly those allowed to see them).
   */
  async function refresh(code: string): Promise<Presence> {
    const w = await ctx.hub.get(code);
    const sockets = await ctx.io.in(roomOf(code)).fetchSockets();
    const people = new Map<string, PresencePerson>();
    let followers = ctx.replicaFollowers(code);
    for (const s of sockets) {
      const actor = w ? senderOf(s.data, w.state) : null;
      // Rights follow state: a promoted co-facilitator joins the names room, a demoted one leaves it.
      if (actor?.role === 'facilitator') s.join(FACILITATORS(code));
      else s.leave(FACILITATORS(code));
      const p = actor?.participant;
      if (p)
        people.set(p.id, {
          id: p.id,
          name: p.name,
          organisation: p.organisation,
          attendance: p.attendance,
          cofacilitator: p.cofacilitator ?? false,
        });
      else if (s.data.client === 'follow') followers++;
    }
    const list = [...people.values()];
    const room = list.filter((p) => p.attendance === 'room').length;
    return { room, remote: list.length - room + followers, followers, people: list };
  }

  function touch(code: string): void {
    if (pending.has(code)) return;
    pending.set(
      code,
      setTimeout(() => {
        pending.delete(code);
        refresh(code)
          .then((full) => {
            ctx.io.to(FACILITATORS(code)).emit('presence:changed', full);
            ctx.io
              .to(roomOf(code))
              .except(FACILITATORS(code))
              .emit('presence:changed', { ...full, people: null });
          })
          .catch((err: unknown) => ctx.log.error('presence_failed', { code, error: String(err) }));
      }, intervalMs),
    );
  }

  return {
    track(socket) {
      const code = socket.data.code;
      // The announcement (refresh) puts the socket in the facilitators' room if its rights say so.
      touch(code);
      socket.on('disconnect', () => touch(code));
    },
    touch,
    close() {
      for (const t of pending.values()) clearTimeout(t);
      pending.clear();
    },
  };
}
