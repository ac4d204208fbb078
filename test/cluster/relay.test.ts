/**
 * Follower relays through HAProxy: 3 real nodes on a durable PostgreSQL, one workshop with 10
 * participants writing through the page's outbox and 300 follow-only replicas through the
 * balancer's least-connection backend. Nodes that do not own the workshop serve their followers
 * from one upstream replica of the owner (CLUSTER_KEY): every follower sees every note, and the
 * owner's presence counts all 300. The owner is then `kill -9`ed and started again while the
 * participants keep writing: the relays come back by state vector and every re-sync (of a relay
 * that was synced before the kill, and of every follower) is under a quarter of the document.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Presence } from '../../shared/protocol/session.ts';
import { newToken, openReplica, send, type NodeReplica, type TestSocket } from '../helpers/clients.ts';
import { expectEachNoteOnce, outboxWriter, reconnectingSocket, type OutboxWriter } from '../helpers/crash-room.ts';
import { clusterFixture, ownerIndex } from '../helpers/cluster-fixture.ts';
import { createWorkshopAt } from '../helpers/process.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

const WRITERS = 10;
const FOLLOWERS = 300;
const PACE_MS = 1000;

const fixture = clusterFixture({
  nodes: 3,
  port: 0,
  // The restarted owner gets its workshop back one second after the node that took it over.
  env: { LEASE_MS: '4000', HANDOVER_COOLDOWN_MS: '1000' },
});
const { sockets, replicas } = fixture;

/** Sync step 2 frames (answers to a state vector: a full download or a catch-up) a replica received, with when. */
type Resyncs = Array<{ at: number; bytes: number }>;

/** The `ws` WebSocket, noting in `resyncs` every sync-step-2 frame it receives. */
function countingSocket(resyncs: Resyncs): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      // y-websocket reads ArrayBuffers (binaryType 'arraybuffer').
      this.on('message', (data: ArrayBuffer | Buffer) => {
        const bytes = new Uint8Array(data instanceof ArrayBuffer ? data : data.buffer, 0, 2);
        if (bytes[0] === 0 && bytes[1] === 1) resyncs.push({ at: Date.now(), bytes: data.byteLength });
      });
    }
  } as unknown as typeof globalThis.WebSocket;
}

const ownerOf = (code: string) => ownerIndex(fixture.cluster.databaseUrl, code);

const noteTexts = (r: NodeReplica) => new Set(Object.values(r.state().notes).map((n) => n.text));
const acked = (writers: OutboxWriter[]) => writers.reduce((n, w) => n + w.settled.filter(([, r]) => r.ok).length, 0);
const relayLines = (node: number, code: string, event: string) =>
  fixture.cluster.nodes[node]!.logs.filter((l) => l.event === event && l.code === code);

describe('follower relays through HAProxy', () => {
  it(`serves ${FOLLOWERS} followers from several nodes, and catches them up by state vector after the owner restarts`, async () => {
    const socketFor = (auth: Parameters<typeof reconnectingSocket>[1]): TestSocket => {
      const s = reconnectingSocket(fixture.cluster.url, auth, sockets);
      s.io.reconnectionDelay(500).reconnectionDelayMax(2000).randomizationFactor(0.5);
      return s;
    };
    const workshop = await createWorkshopAt(fixture.cluster.url);
    const { code } = workshop;
    const facilitator = socketFor({ code, client: 'facilitate', facilitatorKey: workshop.facilitatorKey });
    await nextEvent(facilitator, 'session:ready', 20_000);
    let presence: Presence | null = null;
    facilitator.on('presence:changed', (p) => (presence = p));
    expect(
      (await send(facilitator, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok,
    ).toBe(true);
    const participants: TestSocket[] = [];
    for (let i = 0; i < WRITERS; i++) {
      const guest = socketFor({ code, client: 'participant' });
      await nextEvent(guest, 'session:ready', 20_000);
      const token = newToken();
      expect(
        (await send(guest, 'session:join', { name: `P${i}`, organisation: 'Coop', attendance: 'room', token })).ok,
      ).toBe(true);
      guest.close();
      const socket = socketFor({ code, client: 'participant', participantToken: token });
      await nextEvent(socket, 'session:ready', 20_000);
      participants.push(socket);
    }
    const owner = await ownerOf(code);

    // Before the crowd: writing, so followers join a document that is growing.
    const writers = participants.map((s, i) => outboxWriter(s, `a${i}`, PACE_MS));
    const resyncs: Resyncs[] = [];
    const followers: NodeReplica[] = [];
    for (let i = 0; i < FOLLOWERS; i += 30) {
      const batch = await Promise.all(
        Array.from({ length: 30 }, () => {
          const mine: Resyncs = [];
          resyncs.push(mine);
          return openReplica(fixture.cluster.url, code, { client: 'follow' }, countingSocket(mine), 30_000);
        }),
      );
      followers.push(...batch);
      replicas.push(...batch);
    }
    await waitFor(() => acked(writers) >= 150 || null, '150 notes acknowledged', 60_000);
    await Promise.all(writers.map((w) => w.stop()));
    await waitFor(() => writers.every((w) => w.outbox.pending().length === 0) || null, 'outboxes empty', 30_000);
    const before = acked(writers);
    await waitFor(
      () => followers.every((f) => noteTexts(f).size >= before) || null,
      `every follower to hold the ${before} notes`,
      30_000,
    );

    // Served by several nodes: the two that do not own the workshop each relay it, with one upstream.
    const relaying = [0, 1, 2].filter((n) => n !== owner && relayLines(n, code, 'relay_synced').length > 0);
    expect(relaying.length, 'nodes relaying the workshop').toBe(2);
    for (const n of relaying) expect(relayLines(n, code, 'relay_opened'), `node${n + 1}: one upstream`).toHaveLength(1);
    // The owner's presence counts the relayed followers too.
    await waitFor(
      () => (presence?.followers === FOLLOWERS ? presence : null),
      `presence to count ${FOLLOWERS} followers`,
      15_000,
    );
    console.log(
      `${FOLLOWERS} followers: owner node${owner + 1}, relays on ${relaying.map((n) => `node${n + 1}`).join(' and ')}; ${before} notes on every follower`,
    );

    // The owner dies mid-writing and comes back.
    const more = participants.map((s, i) => outboxWriter(s, `b${i}`, PACE_MS));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const killedAt = Date.now();
    const logsAtKill = new Map(relaying.map((n) => [n, fixture.cluster.nodes[n]!.logs.length]));
    fixture.cluster.nodes[owner]!.child.kill('SIGKILL');
    await fixture.cluster.nodes[owner]!.exited;
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await fixture.cluster.restart(owner);
    // Its clients moved to the node that took the workshop over; every writer is acknowledged there.
    await waitFor(
      () => more.every((w) => w.settled.some(([, r, at]) => r.ok && at > killedAt + 5000)) || null,
      'every writer acknowledged after the takeover',
      30_000,
    );
    const newOwner = await ownerOf(code);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await Promise.all(more.map((w) => w.stop()));
    await waitFor(() => more.every((w) => w.outbox.pending().length === 0) || null, 'outboxes empty', 60_000);
    const queued = [...writers, ...more].flatMap((w) => w.queued);
    const texts = await expectEachNoteOnce(fixture.cluster.url, code, queued);
    const caughtUp = await waitFor(
      () => (followers.every((f) => noteTexts(f).size === texts.length) ? Date.now() : null),
      `every follower to hold all ${texts.length} notes`,
      30_000,
    );

    const docBytes = Y.encodeStateAsUpdate(followers[0]!.doc).byteLength;
    // Relays that were synced before the kill (on the nodes that lived): each catch-up a fraction of the document.
    const catchUps = relaying.flatMap((n) =>
      fixture.cluster.nodes[n]!.logs.slice(logsAtKill.get(n)).filter(
        (l) => l.event === 'relay_synced' && l.code === code,
      ),
    );
    expect(catchUps.length, 'relay catch-ups after the kill').toBeGreaterThanOrEqual(relaying.length);
    for (const c of catchUps) {
      expect(c.catchUp, 'a relay synced before the kill').toBe(true);
      expect(Number(c.bytes), `relay re-sync of ${c.bytes} B against a ${docBytes} B document`).toBeLessThan(
        docBytes / 4,
      );
    }
    // Every follower was sent its first sync; none of them counts as a re-sync.
    expect(resyncs.every((r) => r.some((s) => s.at < killedAt))).toBe(true);
    const followerResyncs = resyncs.flatMap((r) => r.filter((s) => s.at >= killedAt));
    for (const s of followerResyncs)
      expect(s.bytes, `follower re-sync of ${s.bytes} B against a ${docBytes} B document`).toBeLessThan(docBytes / 4);
    const largest = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
    console.log(
      [
        `node${owner + 1} killed and restarted, ${code} taken over by node${newOwner + 1}; ${texts.length} notes on all ${FOLLOWERS} followers ${caughtUp - killedAt} ms after the kill`,
        `document ${docBytes} B; relay catch-ups ${catchUps.map((c) => `${c.bytes} B`).join(', ')}`,
        `followers re-synced after the kill: ${followerResyncs.length} (the others stayed on their relay), largest ${largest(
          followerResyncs.map((s) => s.bytes),
        )} B`,
      ].join('\n'),
    );
    for (const w of [...writers, ...more])
      expect(
        w.settled.filter(([, r]) => !r.ok),
        'refused notes',
      ).toEqual([]);
  }, 300_000);
});
