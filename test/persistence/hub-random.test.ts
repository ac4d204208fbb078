/**
 * Seeded interleavings of note commands, resends, commit failures and restarts against an
 * asynchronous store, checked against an independent model: every acknowledged command is in the
 * state the disk holds (and in a reload), no refused one is, a resend is answered as the first
 * time, and a replica fed only by the hub's announcements converges to the durable document.
 * FUZZ_SEED picks the interleaving; HUB_ROUNDS how many rounds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPublicState } from '../../shared/doc.ts';
import type { Result } from '../../shared/errors.ts';
import type { Clock } from '../../server/clock.ts';
import { systemClock } from '../../server/clock.ts';
import { addNote, deleteNote, editNote } from '../../server/domain/notes.ts';
import { createLogger } from '../../server/log.ts';
import type { CommandRun } from '../../server/workshops/decide-command.ts';
import { createWorkshopHub, type WorkshopHub } from '../../server/workshops/hub.ts';
import { seededRng } from '../helpers/fuzz.ts';
import { hubCommand, openHubBoard, participantIn } from '../helpers/hub-board.ts';
import { createMemoryStore, type MemoryData } from '../helpers/memory-store.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20180612);
const ROUNDS = Number(process.env.HUB_ROUNDS ?? 60);
const PEOPLE = ['ana', 'ben'] as const;
const COLUMN = 'Markets and trade';

const rng = seededRng(SEED);
const data: MemoryData = new Map();
let t = Date.UTC(2018, 5, 12, 8);
// A second per command keeps the notes-per-window bound out of the way.
const clock: Clock = { now: () => (t += 1000), setTimeout: systemClock.setTimeout };
let failing = false;
const hubs: WorkshopHub[] = [];

function openHub(): WorkshopHub {
  const store = createMemoryStore({ latencyMs: () => rng.int(6), failBatch: () => failing && rng.next() < 0.2 }, data);
  const hub = createWorkshopHub({ store, clock, log: createLogger('silent'), compactEvery: 7 });
  hubs.push(hub);
  return hub;
}
afterAll(async () => {
  for (const h of hubs) await h.close();
});

interface Sent {
  run: CommandRun<unknown>;
  /** What the model does when the command is acknowledged. */
  apply(model: Map<string, string>): void;
}

let seq = 0;
const command = (type: string, actor: string, decide: CommandRun<unknown>['decide']) =>
  hubCommand(type, actor, `c${++seq}`, decide);

/** A random command on the notes: add, edit or delete, by either person, on any note ever tried. */
function nextCommand(tried: string[]): Sent {
  const actor = rng.pick(PEOPLE);
  const target = tried.length > 0 && rng.next() < 0.6 ? rng.pick(tried) : `n${seq + 1}`;
  const roll = rng.next();
  if (roll < 0.45 || tried.length === 0) {
    const id = `n${seq + 1}`;
    tried.push(id);
    const text = `note ${id} by ${actor}`;
    return {
      run: command('note:add', actor, (s, now) =>
        addNote(s, participantIn(s, actor), { id, boardId: 'challenges', column: COLUMN, text }, now),
      ),
      apply: (m) => m.set(id, text),
    };
  }
  if (roll < 0.8) {
    const text = `edited ${seq + 1}`;
    return {
      run: command('note:edit', actor, (s, now) => editNote(s, participantIn(s, actor), { noteId: target, text }, now)),
      apply: (m) => m.set(target, text),
    };
  }
  return {
    run: command('note:delete', actor, (s, now) => deleteNote(s, participantIn(s, actor), target, now)),
    apply: (m) => m.delete(target),
  };
}

const notesOf = (s: ReturnType<typeof readPublicState>) =>
  Object.fromEntries(Object.values(s.notes).map((n) => [n.id, n.text]));

describe(`the hub against a model (seed ${SEED}, ${ROUNDS} rounds)`, () => {
  it('keeps every acknowledged command, no refused one, answers resends alike, and its replica converges', async () => {
    let hub = openHub();
    const code = await openHubBoard(hub, PEOPLE);

    const replica = new Y.Doc();
    const follow = (h: WorkshopHub) => h.events.on('docUpdate', (c, u) => c === code && Y.applyUpdate(replica, u));
    const catchUp = async (h: WorkshopHub) => {
      const durable = (await h.get(code))!.doc;
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(durable, Y.encodeStateVector(replica)));
    };
    await catchUp(hub);
    follow(hub);

    const model = new Map<string, string>();
    const tried: string[] = [];
    const sentBefore: Sent[] = [];
    /** The first acknowledgement of each command id: every later answer to it must be the same. */
    const acked = new Map<string, Result<unknown>>();
    const counts = { acked: 0, refused: 0, internal: 0, resent: 0, restarts: 0 };
    failing = true;
    for (let round = 0; round < ROUNDS; round++) {
      const batch: Sent[] = [];
      for (let i = 1 + rng.int(6); i > 0; i--)
        batch.push(sentBefore.length > 0 && rng.next() < 0.2 ? rng.pick(sentBefore) : nextCommand(tried));
      const results: Array<Promise<Result<unknown>>> = [];
      for (const sent of batch) {
        results.push(hub.execute(code, sent.run));
        // Sometimes the next command waits for a later turn, so it lands in a later batch.
        if (rng.next() < 0.6) await new Promise((resolve) => setImmediate(resolve));
      }
      for (const [i, result] of (await Promise.all(results)).entries()) {
        const sent = batch[i]!;
        const id = sent.run.commandId!;
        const first = acked.get(id);
        if (first) {
          counts.resent++;
          expect(result, `resent ${sent.run.type} ${id}`).toEqual(first);
        } else if (result.ok) {
          counts.acked++;
          acked.set(id, result);
          sent.apply(model);
        } else counts[result.error === 'internal' ? 'internal' : 'refused']++;
        sentBefore.push(sent);
      }
      const durable = (await hub.get(code))!;
      expect(notesOf(durable.state.pub), `round ${round}: the durable state`).toEqual(Object.fromEntries(model));
      expect(notesOf(readPublicState(replica)), `round ${round}: the replica`).toEqual(Object.fromEntries(model));
      if (rng.next() < 0.1) {
        await hub.close();
        hub = openHub();
        counts.restarts++;
        await catchUp(hub);
        follow(hub);
      }
    }

    failing = false;
    await hub.close();
    const reloaded = (await openHub().get(code))!;
    expect(notesOf(reloaded.state.pub)).toEqual(Object.fromEntries(model));
    expect(reloaded.doc.store.pendingStructs).toBeNull();
    expect(notesOf(readPublicState(replica))).toEqual(notesOf(readPublicState(reloaded.doc)));
    // The interleaving exercised every path, or the seed proves nothing.
    expect(Math.min(counts.acked, counts.refused, counts.internal, counts.resent, counts.restarts)).toBeGreaterThan(0);
  });
});
