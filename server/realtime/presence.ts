/**
 * Who is connected, per workshop. Counts go to everyone, names to facilitators; changes
 * are coalesced so 80 people joining at once produce a handful of messages, not 80².
 */
import type { Presence, PresencePerson } from '../../shared/protocol/session.ts';
import { isCurrent } from '../domain/people.ts';
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
  /** When each participant's last socket went away, per workshop (in memory: a restart forgets it). */
  const lastSeen = new Map<string, Map<string, number>>();

  /**
   * Counts who is here and, in the same pass over the sockets, brings the facilitators' room
   * in line with current rights (so names reach exactly those allowed to see them).
   */
  async function refresh(code: string): Promise<Presence> {
    const w = await ctx.hub.get(code);
    const sockets = await ctx.io.in(roomOf(code)).fetchSockets();
    const connected = new Set<string>();
    let followers = ctx.replicaFollowers(code);
    for (const s of sockets) {
      const actor = w ? senderOf(s.data, w.state) : null;
      // Rights follow state: a promoted co-facilitator joins the names room, a demoted one leaves it.
      if (actor?.role === 'facilitator') s.join(FACILITATORS(code));
      else s.leave(FACILITATORS(code));
      if (actor?.participant) connected.add(actor.participant.id);
      else if (s.data.client === 'follow') followers++;
    }
    // Everyone who joined and was neither removed nor merged, connected or not: the facilitator sees who dropped out, and since when.
    const seen = lastSeen.get(code);
    const people: PresencePerson[] = Object.values(w?.state.priv.participants ?? {})
      .filter(isCurrent)
      .map((p) => ({
        id: p.id,
        name: p.name,
        organisation: p.organisation,
        attendance: p.attendance,
        cofacilitator: p.cofacilitator ?? false,
        online: connected.has(p.id),
        offlineSince: connected.has(p.id) ? null : (seen?.get(p.id) ?? null),
      }));
    const here = people.filter((p) => p.online);
    const room = here.filter((p) => p.attendance === 'room').length;
    return { room, remote: here.length - room + followers, followers, people };
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
      socket.on('disconnect', () => {
        const id = socket.data.participantId;
        if (id) {
          const seen = lastSeen.get(code) ?? new Map<string, number>();
          seen.set(id, ctx.clock.now());
          lastSeen.set(code, seen);
        }
        touch(code);
      });
    },
    touch,
    close() {
      for (const t of pending.values()) clearTimeout(t);
      pending.clear();
      lastSeen.clear();
    },
  };
}
