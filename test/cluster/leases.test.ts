/**
 * Leases and fencing on a real PostgreSQL, two nodes in one process (each its own store, pool,
 * ownership and hub): a lease is taken on first need and judged by PostgreSQL's clock, a write
 * under a stale epoch writes nothing, an idle workshop gives its lease back, a node asked for a
 * workshop another holds gets it handed over (but not one it took within the hand-over cool-down),
 * and a node that lost its lease drops the workshop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { systemClock } from '../../server/clock.ts';
import { addNote } from '../../server/domain/notes.ts';
import { createLogger } from '../../server/log.ts';
import { Fenced, NotOwner, type WorkshopStore } from '../../server/persistence/port.ts';
import { openPostgresStore } from '../../server/persistence/postgres.ts';
import { createWorkshopHub, type HubDeps, type WorkshopHub } from '../../server/workshops/hub.ts';
import { createOwnership } from '../../server/workshops/ownership.ts';
import { hubCommand, openHubBoard, participantIn } from '../helpers/hub-board.ts';
import { freshDatabase } from '../helpers/postgres-db.ts';
import { emptyCommit, record } from '../helpers/store-records.ts';
import { waitFor } from '../helpers/wait.ts';

const TTL = 1500;
const log = createLogger('silent');
const closing: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close().catch(() => undefined);
});

async function openStore(url: string): Promise<WorkshopStore> {
  const store = await openPostgresStore({ url, poolSize: 4, requireDurable: false, log });
  closing.push(() => store.close());
  return store;
}

/** One node: its own store and pool, its leases and its hub. */
async function openNode(url: string, node: string, waitMs = 0, extra: Partial<HubDeps> = {}, cooldownMs = 0) {
  const store = await openStore(url);
  const ownership = createOwnership({ leases: store.leases!, node, ttlMs: TTL, log, waitMs, cooldownMs });
  const hub = createWorkshopHub({ store, clock: systemClock, log, ownership, ...extra });
  closing.push(() => hub.close());
  return { store, ownership, hub };
}

async function lease(url: string, code: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner_node: string | null; owner_epoch: string }>(
      'SELECT owner_node, owner_epoch FROM workshops WHERE code = $1',
      [code],
    );
    return { owner: rows[0]!.owner_node, epoch: Number(rows[0]!.owner_epoch) };
  } finally {
    await client.end();
  }
}

const note = (id: string) =>
  hubCommand('note:add', 'ana', id, (s, now) =>
    addNote(s, participantIn(s, 'ana'), { id, boardId: 'challenges', column: 'Markets and trade', text: id }, now),
  );
const noteCount = async (hub: WorkshopHub, code: string) => Object.keys((await hub.get(code))!.state.pub.notes).length;

describe('leases in PostgreSQL', () => {
  it('grants a free lease, names the holder to another node, and lets it take over once the lease lapses', async () => {
    const store = await openStore(await freshDatabase());
    const leases = store.leases!;
    await store.createWorkshop(record('AAAAAA'), emptyCommit);
    expect(await leases.acquire('ZZZZZZ', 'a', TTL, true)).toBeNull();
    expect(await leases.acquire('AAAAAA', 'a', TTL, true)).toEqual({ granted: true, epoch: 1 });
    expect(await leases.acquire('AAAAAA', 'c', TTL, false)).toEqual({ granted: false, owner: 'a' });
    expect(await leases.renew('a', [{ code: 'AAAAAA', epoch: 1 }], TTL)).toEqual([
      { code: 'AAAAAA', handoverTo: null },
    ]);
    expect(await leases.acquire('AAAAAA', 'b', TTL, true)).toEqual({ granted: false, owner: 'a' });
    // Renewal keeps it and says who asked for it.
    expect(await leases.renew('a', [{ code: 'AAAAAA', epoch: 1 }], TTL)).toEqual([{ code: 'AAAAAA', handoverTo: 'b' }]);
    await new Promise((resolve) => setTimeout(resolve, TTL + 200));
    expect(await leases.acquire('AAAAAA', 'b', TTL, true)).toEqual({ granted: true, epoch: 2 });
    // The old holder's renewal no longer finds it.
    expect(await leases.renew('a', [{ code: 'AAAAAA', epoch: 1 }], TTL)).toEqual([]);
    // Released, it is free for the next node at once.
    await leases.release('b', [{ code: 'AAAAAA', epoch: 2 }]);
    expect(await leases.acquire('AAAAAA', 'a', TTL, true)).toEqual({ granted: true, epoch: 3 });
  });

  it('refuses a whole batch and a compaction under a stale epoch, writing nothing', async () => {
    const url = await freshDatabase();
    const store = await openStore(url);
    const leases = store.leases!;
    await store.createWorkshop(record('AAAAAA'), emptyCommit);
    await store.createWorkshop(record('BBBBBB'), emptyCommit);
    await leases.acquire('AAAAAA', 'a', TTL, true);
    await leases.acquire('BBBBBB', 'a', TTL, true);
    const update = Uint8Array.from([1, 2, 3]);
    await store.commitBatch([{ code: 'AAAAAA', commit: { ...emptyCommit, docUpdate: update }, version: 0, epoch: 1 }]);
    // b takes AAAAAA over (a released it): a's next batch, which also holds BBBBBB, is refused whole.
    await leases.release('a', [{ code: 'AAAAAA', epoch: 1 }]);
    expect(await leases.acquire('AAAAAA', 'b', TTL, true)).toEqual({ granted: true, epoch: 2 });
    const stale = store.commitBatch([
      { code: 'BBBBBB', commit: { ...emptyCommit, docUpdate: update }, version: 0, epoch: 1 },
      { code: 'AAAAAA', commit: { ...emptyCommit, docUpdate: update }, version: 1, epoch: 1 },
    ]);
    await expect(stale).rejects.toBeInstanceOf(Fenced);
    await expect(store.compact('AAAAAA', update, 1)).rejects.toBeInstanceOf(Fenced);
    expect((await store.loadDoc('AAAAAA')).updates).toHaveLength(1);
    expect((await store.loadDoc('BBBBBB')).updates).toHaveLength(0);
    // The new holder writes.
    await store.commitBatch([{ code: 'AAAAAA', commit: { ...emptyCommit, docUpdate: update }, version: 1, epoch: 2 }]);
    expect((await store.loadDoc('AAAAAA')).updates).toHaveLength(2);
  });
});

describe('two hubs on one database', () => {
  it('loads a workshop only under its lease; another node asking gets it handed over, never a second copy', async () => {
    const url = await freshDatabase();
    // a refuses at once what it does not hold; b waits for a hand-over (as a handshake does).
    const a = await openNode(url, 'node-a', 0);
    const b = await openNode(url, 'node-b', 3 * TTL);
    const code = await openHubBoard(a.hub, ['ana']);
    expect((await a.hub.execute(code, note('n0'))).ok).toBe(true);
    expect(a.ownership.epochOf(code)).toBe(1);
    const disowned: string[] = [];
    a.hub.events.on('disowned', (c) => disowned.push(c));
    // a flushes and releases at its next renewal (every TTL/3); b, waiting, takes it then.
    const started = performance.now();
    const w = await b.hub.get(code, { arriving: true });
    const waited = performance.now() - started;
    console.log(`hand-over: node b served the workshop ${Math.round(waited)} ms after asking (lease ${TTL} ms)`);
    expect(waited).toBeLessThan(TTL);
    expect(disowned).toEqual([code]);
    expect(a.hub.loadedCount()).toBe(0);
    expect(Object.keys(w!.state.pub.notes)).toHaveLength(1);
    expect(await lease(url, code)).toEqual({ owner: 'node-b', epoch: 2 });
    // b writes; a, asked again, refuses rather than load a second copy.
    expect((await b.hub.execute(code, note('n1'))).ok).toBe(true);
    expect(await noteCount(b.hub, code)).toBe(2);
    await expect(a.hub.get(code)).rejects.toBeInstanceOf(NotOwner);
    expect(await a.hub.execute(code, note('n2'))).toEqual({ ok: false, error: 'unavailable' });
  });

  it('does not hand a workshop back within the cool-down after taking it (a flapping ring), and does after it', async () => {
    const url = await freshDatabase();
    const COOLDOWN = 2 * TTL;
    const a = await openNode(url, 'node-a', 3 * TTL, {}, COOLDOWN);
    const b = await openNode(url, 'node-b', 3 * TTL, {}, COOLDOWN);
    const code = await openHubBoard(a.hub, ['ana']);
    expect((await a.hub.execute(code, note('n0'))).ok).toBe(true);
    // a has held it longer than the cool-down: asked, it hands over at its next renewal.
    await new Promise((resolve) => setTimeout(resolve, COOLDOWN));
    await b.hub.get(code, { arriving: true });
    const takenByB = performance.now();
    expect(await lease(url, code)).toEqual({ owner: 'node-b', epoch: 2 });
    let bGaveUp = 0;
    b.hub.events.on('disowned', () => (bGaveUp = performance.now()));
    // The ring flaps back at once: a asks for it again. b keeps it (and serves it) until its cool-down is over.
    const asked = a.hub.get(code, { arriving: true });
    await new Promise((resolve) => setTimeout(resolve, COOLDOWN - 500));
    expect(bGaveUp, 'handed back within the cool-down').toBe(0);
    expect((await b.hub.execute(code, note('n1'))).ok).toBe(true);
    const w = await asked;
    const back = performance.now() - takenByB;
    console.log(`cool-down ${COOLDOWN} ms: handed back ${Math.round(back)} ms after b took it (lease ${TTL} ms)`);
    expect(back).toBeGreaterThanOrEqual(COOLDOWN);
    expect(bGaveUp - takenByB).toBeGreaterThanOrEqual(COOLDOWN);
    expect(Object.keys(w!.state.pub.notes).sort()).toEqual(['n0', 'n1']);
    expect(await lease(url, code)).toEqual({ owner: 'node-a', epoch: 3 });
  });

  it('gives the lease of an idle workshop back, so another node takes it at once', async () => {
    const url = await freshDatabase();
    const a = await openNode(url, 'node-a', 0, { idle: { afterMs: 300, inUse: () => false } });
    const b = await openNode(url, 'node-b');
    const code = await openHubBoard(a.hub, ['ana']);
    await waitFor(async () => (await lease(url, code)).owner === null, 'the idle workshop releases its lease', 5000);
    expect(a.hub.loadedCount()).toBe(0);
    const started = performance.now();
    expect(await b.hub.get(code)).not.toBeNull();
    // No hand-over to wait for and no lease to wait out: far below the lease.
    expect(performance.now() - started).toBeLessThan(TTL);
    expect(await lease(url, code)).toEqual({ owner: 'node-b', epoch: 2 });
  });

  it('drops a workshop whose lease another node took, and its fenced commits are refused unwritten', async () => {
    const url = await freshDatabase();
    const a = await openNode(url, 'node-a');
    const code = await openHubBoard(a.hub, ['ana']);
    expect((await a.hub.execute(code, note('before'))).ok).toBe(true);
    const disowned: string[] = [];
    a.hub.events.on('disowned', (c) => disowned.push(c));
    // Another node takes the lease behind a's back (as after a pause past the lease).
    const thief = await openStore(url);
    await thief.leases!.release('node-a', [{ code, epoch: 1 }]);
    expect(await thief.leases!.acquire(code, 'node-c', TTL, true)).toEqual({ granted: true, epoch: 2 });
    // a still thinks it holds it: its next commit is fenced, answered 'unavailable', and a drops the workshop.
    expect(await a.hub.execute(code, note('stale'))).toEqual({ ok: false, error: 'unavailable' });
    await waitFor(() => disowned.includes(code), 'a drops the workshop');
    expect(a.ownership.epochOf(code)).toBeUndefined();
    const doc = await thief.loadDoc(code);
    const c = await new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ n: string }>(
      "SELECT count(*) AS n FROM commands WHERE code = $1 AND command_id = 'stale'",
      [code],
    );
    await c.end();
    expect(Number(rows[0]!.n)).toBe(0);
    expect(doc.version).toBeGreaterThan(0);
  });

  it('drops every workshop once its renewals stop reaching the database, before the lease lapses there', async () => {
    const url = await freshDatabase();
    const a = await openNode(url, 'node-a');
    const code = await openHubBoard(a.hub, ['ana']);
    const lost: number[] = [];
    const started = performance.now();
    a.hub.events.on('disowned', () => lost.push(performance.now() - started));
    // Renewals fail from now on (the database unreachable, as seen from this node).
    a.store.leases!.renew = () => Promise.reject(new Error('connection refused'));
    await waitFor(() => lost.length > 0, 'a drops the workshop', TTL * 3);
    expect(lost[0]).toBeLessThan(TTL);
    expect(a.hub.loadedCount()).toBe(0);
    // Asked again, it takes the lease anew (nobody else did) under a new epoch.
    expect((await a.hub.execute(code, note('after'))).ok).toBe(true);
    expect(a.ownership.epochOf(code)).toBe(2);
  });
});
