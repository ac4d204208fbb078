/** The hub's group commit over the real SQLite store: one disk sync per turn, acks only after it. */
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../server/clock.ts';
import { joinParticipant } from '../../server/domain/participants.ts';
import { createLogger } from '../../server/log.ts';
import type { WorkshopStore } from '../../server/persistence/port.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createWorkshopHub, type WorkshopHub } from '../../server/workshops/hub.ts';
import { tempDataDir } from '../helpers/server.ts';

const join = (name: string) => (s: Parameters<typeof joinParticipant>[0], now: number) =>
  joinParticipant(s, { name, organisation: 'Coop', attendance: 'room' }, name, `hash-${name}`, now);

/** The real store, counting its batches and able to fail the next one. */
function countingStore(dir: string) {
  const real = createSqliteStore(dir);
  const stats = { batches: 0, committed: 0, failNext: false };
  const store: WorkshopStore = {
    ...real,
    async commitBatch(batch) {
      stats.batches++;
      if (stats.failNext) {
        stats.failNext = false;
        throw new Error('disk full');
      }
      await real.commitBatch(batch);
      stats.committed += batch.length;
    },
  };
  return { store, stats };
}

let hub: WorkshopHub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

async function setUp() {
  const dir = tempDataDir();
  const { store, stats } = countingStore(dir);
  hub = createWorkshopHub({ store, clock: systemClock, log: createLogger('silent') });
  const { code } = await hub.create('blank', 'Group commit');
  return { dir, store, stats, hub, code };
}

describe('group commit', () => {
  it('writes 200 commands of one turn in one transaction, and every one is acknowledged', async () => {
    const { hub, code, stats } = await setUp();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        hub.execute(code, { type: 'join', actor: `a${i}`, commandId: null, decide: join(`p${i}`) }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(stats.batches).toBe(1);
    expect(Object.keys((await hub.get(code))!.state.priv.participants)).toHaveLength(200);
  });

  it('gives the event loop a turn before the disk sync, so a backlog does not freeze the server', async () => {
    const { hub, code } = await setUp();
    const order: string[] = [];
    const acks = Array.from({ length: 50 }, (_, i) =>
      hub
        .execute(code, { type: 'join', actor: `a${i}`, commandId: null, decide: join(`p${i}`) })
        .then(() => order.push('ack')),
    );
    setImmediate(() => order.push('other work'));
    await Promise.all(acks);
    expect(order[0]).toBe('other work');
  });

  it('acknowledges nothing of a batch the disk refused, and reloads the workshop from disk', async () => {
    const { hub, code, stats } = await setUp();
    expect((await hub.execute(code, { type: 'join', actor: 'a', commandId: null, decide: join('kept') })).ok).toBe(
      true,
    );
    stats.failNext = true;
    const failed = await Promise.all(
      ['x', 'y'].map((n) => hub.execute(code, { type: 'join', actor: n, commandId: null, decide: join(n) })),
    );
    expect(failed).toEqual([
      { ok: false, error: 'internal' },
      { ok: false, error: 'internal' },
    ]);
    const reloaded = await hub.get(code);
    expect(Object.keys(reloaded!.state.priv.participants)).toEqual(['kept']);
  });

  it('applies a command resent within the same batch once, answering both with the first result', async () => {
    const { hub, code } = await setUp();
    const meta = { type: 'join', actor: 'ana-device', commandId: 'cmd-1' };
    const [a, b] = await Promise.all([
      hub.execute(code, { ...meta, decide: join('ana') }),
      hub.execute(code, { ...meta, decide: join('ana-again') }),
    ]);
    expect(a).toEqual(b);
    expect(Object.keys((await hub.get(code))!.state.priv.participants)).toEqual(['ana']);
  });

  it('announces a durable update only after its batch is on disk, in commit order', async () => {
    const { hub, code, stats } = await setUp();
    const seen: string[] = [];
    hub.events.on('changed', (_c, _prev, next) =>
      seen.push(`${Object.keys(next.priv.participants).at(-1)} after ${stats.committed} on disk`),
    );
    await Promise.all(
      ['p1', 'p2', 'p3'].map((n) => hub.execute(code, { type: 'join', actor: n, commandId: null, decide: join(n) })),
    );
    expect(seen).toEqual(['p1 after 3 on disk', 'p2 after 3 on disk', 'p3 after 3 on disk']);
  });
});
