/**
 * Two real Plenary processes on one durable PostgreSQL, the test playing the balancer. The owner
 * is SIGSTOPped past its lease while the other node takes the workshop and its clients write
 * there; woken, the old owner writes nothing (rows counted), drops the workshop and closes its
 * sockets, whose notes then land on the new owner exactly once. A graceful stop gives the leases
 * back, so the next node serves at once.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { connectSocket, send, sendWithin } from '../helpers/clients.ts';
import { expectEachNoteOnce, openCrashRoom, reconnectingSocket } from '../helpers/crash-room.ts';
import { processFixture } from '../helpers/process-fixture.ts';
import { spawnServer, type ServerProcess } from '../helpers/process.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

const LEASE_MS = 3000;

const fixture = processFixture();
const { sockets, processes: nodes } = fixture;

async function startNode(id: string): Promise<ServerProcess> {
  const node = await spawnServer({
    env: { DATABASE_URL: fixture.url, DATABASE_POOL_SIZE: '4', NODE_ID: id, LEASE_MS: String(LEASE_MS) },
  });
  nodes.push(node);
  return node;
}

/** Rows the workshop has in the command log and the document log. */
async function rows(code: string): Promise<{ commands: number; updates: number; owner: string | null }> {
  const client = new pg.Client({ connectionString: fixture.url });
  await client.connect();
  try {
    const { rows: r } = await client.query<{ commands: string; updates: string; owner: string | null }>(
      `SELECT (SELECT count(*) FROM commands WHERE code = $1) AS commands,
              (SELECT count(*) FROM doc_updates WHERE code = $1) AS updates,
              (SELECT owner_node FROM workshops WHERE code = $1) AS owner`,
      [code],
    );
    return { commands: Number(r[0]!.commands), updates: Number(r[0]!.updates), owner: r[0]!.owner };
  } finally {
    await client.end();
  }
}

const note = (id: string) => ({ id, boardId: 'expectations', column: 'Expectations', text: id });

describe('two nodes on one PostgreSQL', () => {
  it('fences an owner paused past its lease: it writes nothing, drops the workshop and its clients move', async () => {
    const a = await startNode('node-a');
    const b = await startNode('node-b');
    const room = await openCrashRoom(a.url, 1, sockets);
    const code = room.workshop.code;
    const acked: string[] = [];
    for (let i = 0; i < 10; i++) {
      const id = `a-${i}`;
      expect((await send(room.facilitators[0]!, 'note:add', note(id))).ok).toBe(true);
      acked.push(id);
    }
    expect((await rows(code)).owner).toBe('node-a');

    a.child.kill('SIGSTOP');
    const stoppedAt = performance.now();
    // Sent to the paused owner: they wait in its socket buffer and are decided when it wakes.
    const late = Array.from({ length: 5 }, (_, i) => `late-${i}`);
    const lateAnswers = late.map((id) => sendWithin(30_000, room.participant, 'note:add', note(id)));
    for (const p of lateAnswers) p.catch(() => undefined);

    // The balancer sends the workshop's clients to b: it takes the lease once a's has lapsed.
    const moved = reconnectingSocket(
      b.url,
      { code, client: 'facilitate', facilitatorKey: room.workshop.facilitatorKey },
      sockets,
    );
    await nextEvent(moved, 'session:ready', 30_000);
    console.log(
      `fencing: node b served the workshop ${Math.round(performance.now() - stoppedAt)} ms after node a stopped (lease ${LEASE_MS} ms)`,
    );
    for (let i = 0; i < 10; i++) {
      const id = `b-${i}`;
      expect((await send(moved, 'note:add', note(id))).ok).toBe(true);
      acked.push(id);
    }
    const before = await rows(code);
    expect(before.owner).toBe('node-b');

    // The balancer would send a's clients to b from now on; here they just stay away from a.
    for (const s of [room.participant, ...room.facilitators]) s.io.reconnection(false);
    const disconnected = nextEvent(room.participant, 'disconnect', 30_000);
    a.child.kill('SIGCONT');
    await waitFor(() => a.logs.some((l) => l.event === 'workshop_disowned'), 'node a drops the workshop', 20_000);
    await disconnected;
    // What a decided after waking was refused by the fence, or never decided: nothing answered ok.
    const answers = await Promise.all(
      lateAnswers.map((p) => p.catch(() => ({ ok: false as const, error: 'offline' }))),
    );
    for (const r of answers) expect(r.ok).toBe(false);
    // Give a's woken event loop time to try anything else it had.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await rows(code)).toEqual(before);

    // What was not acknowledged is sent again through the new owner: each note lands once.
    for (const id of late) {
      expect((await send(moved, 'note:add', note(id))).ok).toBe(true);
      acked.push(id);
    }
    await expectEachNoteOnce(b.url, code, acked);
  }, 120_000);

  it('gives its leases back on a graceful stop, so the next node serves at once', async () => {
    const [, b] = nodes as [ServerProcess, ServerProcess];
    const owner = nodes.find((n) => n.logs.some((l) => l.event === 'lease_taken' && l.node === 'node-b'));
    expect(owner).toBe(b);
    const code = String(b.logs.find((l) => l.event === 'lease_taken')!.code);
    expect((await rows(code)).owner).toBe('node-b');
    const stoppedAt = performance.now();
    b.child.kill('SIGTERM');
    expect((await b.exited).code).toBe(0);
    // Released, not left to lapse.
    expect((await rows(code)).owner).toBeNull();
    const a = nodes[0]!;
    const { socket } = await connectSocket(a.url, { code, client: 'participant' });
    sockets.push(socket);
    const served = performance.now() - stoppedAt;
    console.log(`graceful stop: node a served the workshop ${Math.round(served)} ms after node b was told to stop`);
    expect((await rows(code)).owner).toBe('node-a');
  }, 60_000);
});
