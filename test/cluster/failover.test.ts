/**
 * Failover through HAProxy: 3 real nodes on a durable PostgreSQL, 2 workshops, each with 30
 * participants writing through the page's outbox and 50 follow-only replicas, all through the
 * balancer. A workshop's owner is `kill -9`ed mid-writing FAILOVER_ROUNDS times (at least 5),
 * and started again after each: every client is back and writing within 15 s of the kill
 * (figures printed), a countdown that ended while its owner was dead is ended by the new owner, a
 * running one keeps its end, and at the end every note an outbox queued is in the document
 * exactly once and on every follower.
 */
import { describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { newToken, openReplica, send, type NodeReplica, type TestSocket } from '../helpers/clients.ts';
import { expectEachNoteOnce, outboxWriter, reconnectingSocket, type OutboxWriter } from '../helpers/crash-room.ts';
import { clusterFixture, ownerIndex } from '../helpers/cluster-fixture.ts';
import { createWorkshopAt } from '../helpers/process.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

const ROUNDS = Math.max(5, Number(process.env.FAILOVER_ROUNDS ?? 5));
const WRITERS = 30;
const FOLLOWERS = 50;
/** Every participant writes a note this often: 10 notes a second per workshop. */
const PACE_MS = 3000;
const BACK_WITHIN_MS = 15_000;

const fixture = clusterFixture({ nodes: 3, port: 0 });
const { sockets, replicas } = fixture;

interface Room {
  workshop: CreatedWorkshop;
  facilitator: TestSocket;
  writers: OutboxWriter[];
  followers: NodeReplica[];
}

/** A socket through the balancer that comes back by itself, at the page's pace rather than at once. */
const socketFor = (auth: Parameters<typeof reconnectingSocket>[1]) => {
  const s = reconnectingSocket(fixture.cluster.url, auth, sockets);
  s.io.reconnectionDelay(500).reconnectionDelayMax(2000).randomizationFactor(0.5);
  return s;
};

async function openRoom(index: number): Promise<Room> {
  const workshop = await createWorkshopAt(fixture.cluster.url);
  const { code } = workshop;
  const facilitator = socketFor({ code, client: 'facilitate', facilitatorKey: workshop.facilitatorKey });
  await nextEvent(facilitator, 'session:ready', 20_000);
  expect(
    (await send(facilitator, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok,
  ).toBe(true);
  const writers: OutboxWriter[] = [];
  for (let i = 0; i < WRITERS; i++) {
    const token = newToken();
    const guest = socketFor({ code, client: 'participant' });
    await nextEvent(guest, 'session:ready', 20_000);
    const joined = await send(guest, 'session:join', {
      name: `P${index}-${i}`,
      organisation: 'Coop',
      attendance: 'room',
      token,
    });
    expect(joined.ok).toBe(true);
    guest.close();
    const socket = socketFor({ code, client: 'participant', participantToken: token });
    await nextEvent(socket, 'session:ready', 20_000);
    writers.push(outboxWriter(socket, `w${index}-${i}`, PACE_MS));
    await new Promise((resolve) => setTimeout(resolve, PACE_MS / WRITERS));
  }
  const followers = await Promise.all(
    Array.from({ length: FOLLOWERS }, () =>
      openReplica(fixture.cluster.url, code, { client: 'follow' }, undefined, 20_000),
    ),
  );
  replicas.push(...followers);
  return { workshop, facilitator, writers, followers };
}

const ownerOf = (code: string) => ownerIndex(fixture.cluster.databaseUrl, code);

/** When each writer of `room` first had a note acknowledged after `since` (Date.now()); null while one has not. */
function backAt(room: Room, since: number): number | null {
  let latest = 0;
  for (const w of room.writers) {
    const first = w.settled.find(([, r, at]) => r.ok && at > since);
    if (!first) return null;
    latest = Math.max(latest, first[2]);
  }
  return latest;
}

const noteTexts = (r: NodeReplica) => new Set(Object.values(r.state().notes).map((n) => n.text));

describe('failover through HAProxy', () => {
  it(`keeps every acknowledged note and brings every client back within 15 s over ${ROUNDS} kill -9s`, async () => {
    const rooms = [await openRoom(0), await openRoom(1)];
    // A long countdown in one workshop keeps its end through every move.
    expect((await send(rooms[1]!.facilitator, 'timer:start', { durationMs: 60 * 60_000 })).ok).toBe(true);
    const longEnd = await waitFor(() => {
      const t = rooms[1]!.followers[0]!.state().room.timer;
      return t.durationMs === 60 * 60_000 ? t.endsAt : null;
    }, 'the long timer on a follower');

    const figures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const room = rooms[round % 2]!;
      const { code } = room.workshop;
      if (round === 0) {
        // A countdown that ends while its owner is dead: the next owner ends it.
        expect((await send(room.facilitator, 'timer:start', { durationMs: 3000 })).ok).toBe(true);
      }
      const victim = await ownerOf(code);
      await new Promise((resolve) => setTimeout(resolve, 500 + round * 137));
      const killedAt = Date.now();
      fixture.cluster.nodes[victim]!.child.kill('SIGKILL');
      await fixture.cluster.nodes[victim]!.exited;

      const writing = await waitFor(
        () => backAt(room, killedAt),
        `round ${round}: every writer of ${code} back`,
        30_000,
      );
      const newOwner = await ownerOf(code);
      expect(newOwner).not.toBe(victim);
      // What was acknowledged by then, notes written after the kill among them, reaches every follower.
      const acked = room.writers.reduce((n, w) => n + w.settled.filter(([, r]) => r.ok).length, 0);
      const following = await waitFor(
        () => (room.followers.every((f) => noteTexts(f).size >= acked) ? Date.now() : null),
        `round ${round}: every follower of ${code} to hold the ${acked} notes acknowledged`,
        30_000,
      );
      figures.push(
        `round ${round}: node${victim + 1} killed, ${code} moved to node${newOwner + 1}; every writer writing again after ${
          writing - killedAt
        } ms, every follower caught up after ${following - killedAt} ms`,
      );
      expect(writing - killedAt).toBeLessThan(BACK_WITHIN_MS);
      if (round === 0) {
        const timer = await waitFor(
          () => {
            const t = room.followers[0]!.state().room.timer;
            return t.endedAt === null ? null : t;
          },
          'the short countdown ended by the new owner',
          20_000,
        );
        // Marked at its end, not at the takeover: the overrun the screens show is counted from the right moment.
        expect(timer.endedAt).toBe(timer.endsAt);
        figures.push(`  the 3 s countdown that ran out with its owner dead: ended by node${newOwner + 1} at its end`);
      }
      const long = rooms[1]!.followers[0]!.state().room.timer;
      expect([long.status, long.endsAt]).toEqual(['running', longEnd]);

      // The killed node comes back; the balancer sends its workshops back to it (hand-over).
      const restartedAt = Date.now();
      await fixture.cluster.restart(victim);
      await waitFor(
        () => rooms.every((r) => backAt(r, restartedAt + 3000)),
        `round ${round}: writing after the restart`,
        40_000,
      );
    }
    console.log(figures.join('\n'));

    for (const room of rooms) await Promise.all(room.writers.map((w) => w.stop()));
    await waitFor(
      () => rooms.every((r) => r.writers.every((w) => w.outbox.pending().length === 0)),
      'every outbox to empty',
      60_000,
    );
    for (const room of rooms) {
      for (const w of room.writers)
        expect(
          w.settled.filter(([, r]) => !r.ok),
          'refused notes',
        ).toEqual([]);
      const queued = room.writers.flatMap((w) => w.queued);
      const texts = await expectEachNoteOnce(fixture.cluster.url, room.workshop.code, queued);
      await waitFor(
        () => room.followers.every((f) => noteTexts(f).size === texts.length),
        `every follower of ${room.workshop.code} to hold all ${texts.length} notes`,
        30_000,
      );
      console.log(
        `${room.workshop.code}: ${queued.length} notes queued, each once in the document and on ${FOLLOWERS} followers`,
      );
    }
  }, 600_000);
});
