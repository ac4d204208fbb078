/**
 * One workshop in memory, twice over: what the disk holds, which is all anyone outside the hub
 * ever reads (replicas, announcements, compaction), and where the commands decided ahead of the
 * disk have taken it, which is what the next command decides on.
 */
import * as Y from 'yjs';
import { readPublicState } from '../../shared/doc.ts';
import type { Result } from '../../shared/errors.ts';
import type { Collections } from '../domain/collections.ts';
import { emptyPrivate, type WorkshopState } from '../domain/state.ts';
import type { WorkshopRecord, WorkshopStore } from '../persistence/port.ts';
import { isReservedId, ownEntry } from '../../shared/ids.ts';

/** A state and the document that serializes its public part. */
export interface Version {
  state: WorkshopState;
  doc: Y.Doc;
}

/** A command's first answer: still waiting for the disk, or as stored (JSON). */
export interface Answer {
  type: string;
  result: Promise<Result<unknown>> | string;
}

/** A loaded workshop as everyone outside the hub sees it: only what is on disk. */
export interface LiveWorkshop {
  readonly record: WorkshopRecord;
  /** The durable document: what replicas are sent and compaction snapshots. */
  readonly doc: Y.Doc;
  readonly state: WorkshopState;
}

export interface Live {
  record: WorkshopRecord;
  /** Its durable version, read when asked; what `hub.get` hands out. */
  view: LiveWorkshop;
  durable: Version;
  ahead: Version;
  /** Raised when a failed batch takes the ahead state back: nothing decided before it may be written. */
  generation: number;
  /** Set when a failed batch took it back: it is read again from the store, and never decided on again. */
  retired: boolean;
  /** The version the next decided commit is made on (the store's count of commits, plus those on their way). */
  version: number;
  /** The answers of every command with an id, by `answerKey`: a resend is answered from here. */
  answers: Map<string, Answer>;
  /** Updates in the store's log since its snapshot. */
  sinceCompaction: number;
  /** The lease epoch it was loaded under (0 without leases): every commit and compaction carries it. */
  epoch: number;
  /** Set when this node lost the workshop's lease: nothing of it is announced or compacted any more. */
  disowned: boolean;
}

/** Where a command's answer is kept: one sender's one command id. */
export function answerKey(actor: string, commandId: string): string {
  return `${actor}\n${commandId}`;
}

/** A second document with the same content, for commands to run ahead of the disk on. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** A workshop that exists only as written now (just created, or just loaded). */
export function liveFrom(
  record: WorkshopRecord,
  state: WorkshopState,
  doc: Y.Doc,
  stored: { sinceCompaction: number; version: number; epoch: number },
): Live {
  const live: Live = {
    record,
    view: {
      record,
      get doc() {
        return live.durable.doc;
      },
      get state() {
        return live.durable.state;
      },
    },
    durable: { state, doc },
    ahead: { state, doc: copyOf(doc) },
    generation: 0,
    retired: false,
    version: stored.version,
    answers: new Map(),
    sinceCompaction: stored.sinceCompaction,
    epoch: stored.epoch,
    disowned: false,
  };
  return live;
}

/**
 * Reads a workshop back from the store, under the lease `epoch`; null when no such code exists. A
 * document without its room is an error.
 */
export async function loadLive(store: WorkshopStore, code: string, epoch: number): Promise<Live | null> {
  const record = await store.findWorkshop(code);
  if (!record) return null;
  const [stored, privateRows, commands] = await Promise.all([
    store.loadDoc(code),
    store.loadPrivate(code),
    store.loadCommands(code),
  ]);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  const pub = readPublicState(doc);
  // A document without its room would mean a broken load; never serve it as empty.
  if (!pub.room.meta) throw new Error(`workshop ${code} has no document`);
  const priv = emptyPrivate();
  for (const row of privateRows) {
    // Rows an older server wrote under a name every object has are no entity: left out.
    const coll = ownEntry(priv as unknown as Collections, row.collection);
    if (coll && !isReservedId(row.id)) coll[row.id] = JSON.parse(row.json);
  }
  const live = liveFrom(record, { pub, priv }, doc, {
    sinceCompaction: stored.updates.length,
    version: stored.version,
    epoch,
  });
  for (const c of commands) live.answers.set(answerKey(c.actor, c.commandId), { type: c.type, result: c.result });
  return live;
}

/** Frees both documents. */
export function destroyLive(live: Live): void {
  live.ahead.doc.destroy();
  live.durable.doc.destroy();
}
