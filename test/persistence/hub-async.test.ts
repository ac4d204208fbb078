/**
 * The hub over a store that answers late (30 ms) and can fail: nothing decided on state the disk
 * never took is acknowledged, written or sent to a replica, and resends are answered from memory.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPublicState } from '../../shared/doc.ts';
import { systemClock } from '../../server/clock.ts';
import { addNote, editNote } from '../../server/domain/notes.ts';
import { createLogger } from '../../server/log.ts';
import { createWorkshopHub, type WorkshopHub } from '../../server/workshops/hub.ts';
import { hubCommand, openHubBoard, participantIn } from '../helpers/hub-board.ts';
import { createMemoryStore, type MemoryData, type MemoryStoreOptions } from '../helpers/memory-store.ts';

const hubs: WorkshopHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
});

function open(data: MemoryData, options: MemoryStoreOptions = {}) {
  const store = createMemoryStore({ latencyMs: 30, ...options }, data);
  const hub = createWorkshopHub({ store, clock: systemClock, log: createLogger('silent'), compactEvery: 4 });
  hubs.push(hub);
  return { store, hub };
}

const COLUMN = 'Markets and trade';
const add = (id: string, text = 'a note') =>
  hubCommand('note:add', 'ana', id, (s, now) =>
    addNote(s, participantIn(s, 'ana'), { id, boardId: 'challenges', column: COLUMN, text }, now),
  );
const edit = (id: string, text: string, commandId: string) =>
  hubCommand('note:edit', 'ana', commandId, (s, now) =>
    editNote(s, participantIn(s, 'ana'), { noteId: id, text }, now),
  );
const setUp = (hub: WorkshopHub) => openHubBoard(hub, ['ana']);

/** A replica fed only by what the hub announces, as the Yjs host relays it. */
function replicaOf(hub: WorkshopHub, code: string, from: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  hub.events.on('docUpdate', (c, update) => c === code && Y.applyUpdate(doc, update));
  return doc;
}

describe('the hub over an asynchronous store', () => {
  it('refuses a command decided during a commit that fails, and the disk holds neither', async () => {
    const data: MemoryData = new Map();
    let failNow = false;
    let handedOver: () => void = () => undefined;
    const commitStarted = new Promise<void>((resolve) => (handedOver = resolve));
    const { hub } = open(data, {
      failBatch: () => {
        if (!failNow) return false;
        failNow = false;
        handedOver();
        return true;
      },
    });
    const code = await setUp(hub);
    const replica = replicaOf(hub, code, (await hub.get(code))!.doc);
    failNow = true;
    const added = hub.execute(code, add('n1'));
    await commitStarted;
    // Decided while n1's commit is still out: on top of a note the disk may never take.
    const edited = hub.execute(code, edit('n1', 'edited', 'e1'));
    expect(await added).toEqual({ ok: false, error: 'internal' });
    expect(await edited).toEqual({ ok: false, error: 'internal' });
    expect(readPublicState(replica).notes.n1).toBeUndefined();
    await hub.close();

    const { hub: restarted } = open(data);
    const w = (await restarted.get(code))!;
    expect(w.state.pub.notes.n1).toBeUndefined();
    expect(w.doc.store.pendingStructs).toBeNull();
    expect(w.doc.store.pendingDs).toBeNull();
    // Resent after the failure, both are decided afresh and taken.
    expect(await restarted.execute(code, add('n1'))).toMatchObject({ ok: true });
    expect(await restarted.execute(code, edit('n1', 'edited', 'e1'))).toEqual({ ok: true, value: null });
  });

  it('answers resends from memory: the store is read once, when the workshop loads', async () => {
    const data: MemoryData = new Map();
    const first = open(data);
    const code = await setUp(first.hub);
    expect(await first.hub.execute(code, add('n1'))).toMatchObject({ ok: true });
    await first.hub.close();

    const store = createMemoryStore({ latencyMs: 30 }, data);
    const reads = { loadCommands: 0, other: 0 };
    const counted = new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function' || prop === 'commitBatch' || prop === 'compact') return value;
        return (...args: unknown[]) => {
          if (prop === 'loadCommands') reads.loadCommands++;
          else reads.other++;
          return value.apply(target, args);
        };
      },
    });
    const counting = createWorkshopHub({ store: counted, clock: systemClock, log: createLogger('silent') });
    hubs.push(counting);
    // A resend from before the restart, then a fresh command and its resends, twice each.
    const answers = await Promise.all([
      counting.execute(code, add('n1', 'other text')),
      counting.execute(code, add('n2')),
      counting.execute(code, add('n2')),
      counting.execute(code, add('n1', 'other text')),
    ]);
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, true]);
    expect(answers[0]).toEqual(answers[3]);
    expect(answers[1]).toEqual(answers[2]);
    expect((await counting.get(code))!.state.pub.notes.n1?.text).toBe('a note');
    expect(reads.loadCommands).toBe(1);
    // findWorkshop, loadDoc, loadPrivate: the load, and nothing per command.
    expect(reads.other).toBe(3);
  });

  it('catches replicas up when a commit reported as failed was in fact written, and answers its resend', async () => {
    const data: MemoryData = new Map();
    let lose = false;
    const { hub } = open(data, {
      loseAnswer: () => {
        const now = lose;
        lose = false;
        return now;
      },
    });
    const code = await setUp(hub);
    const replica = replicaOf(hub, code, (await hub.get(code))!.doc);
    lose = true;
    expect(await hub.execute(code, add('n1'))).toEqual({ ok: false, error: 'internal' });
    expect(readPublicState(replica).notes.n1).toBeUndefined();
    // The next use reloads from the disk, which did take n1: the replica is sent it, the resend is answered.
    expect(await hub.execute(code, add('n1'))).toEqual({ ok: true, value: { id: 'n1', held: false } });
    expect(readPublicState(replica).notes.n1?.text).toBe('a note');
    expect(replica.store.pendingStructs).toBeNull();
  });

  it('compacts only what is on disk, between two commits, while commits keep coming', async () => {
    const data: MemoryData = new Map();
    const { store, hub } = open(data);
    const code = await setUp(hub);
    const answers: Array<Promise<unknown>> = [];
    // One add every 10 ms against 30 ms commits (nine: the most one person may post in 10 s): compactions
    // fall due while later batches are out.
    for (let i = 0; i < 9; i++) {
      answers.push(hub.execute(code, add(`n${i}`)));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await Promise.all(answers)).every((a) => (a as { ok: boolean }).ok)).toBe(true);
    store.failNext();
    expect(await hub.execute(code, add('lost'))).toEqual({ ok: false, error: 'internal' });
    await hub.close();
    expect(data.get(code)!.snapshot).not.toBeNull();
    const { hub: restarted } = open(data);
    const notes = Object.keys((await restarted.get(code))!.state.pub.notes);
    expect(notes.sort()).toEqual(Array.from({ length: 9 }, (_, i) => `n${i}`).sort());
  });
});
