/**
 * Holds live workshops: loads them from the store, runs each command against the
 * current state one at a time, persists the outcome (grouped with the other commands of the
 * same turn), and only then acknowledges and announces it.
 */
import { EventEmitter } from 'node:events';
import * as Y from 'yjs';
import type { Result } from '../../shared/errors.ts';
import { fail, ok } from '../../shared/errors.ts';
import { PUBLIC_COLLECTIONS } from '../../shared/model.ts';
import { readPublicState } from '../../shared/doc.ts';
import { loadTemplate, type TemplateId } from '../../shared/templates/index.ts';
import type { Clock } from '../clock.ts';
import { writeChanges } from '../collab/doc-writer.ts';
import { diffCollections, type Collections } from '../domain/collections.ts';
import { initialState } from '../domain/initial-state.ts';
import { emptyPrivate, PRIVATE_COLLECTIONS, type Decision, type WorkshopState } from '../domain/state.ts';
import type { Logger } from '../log.ts';
import type { Commit, WorkshopRecord, WorkshopStore } from '../persistence/port.ts';
import { createCommitBatcher } from './group-commit.ts';
import { hashSecret, newJoinCode, newSecret } from './secrets.ts';

export interface LiveWorkshop {
  record: WorkshopRecord;
  doc: Y.Doc;
  state: WorkshopState;
}

export type Decide<T> = (state: WorkshopState, now: number) => Result<Decision<T>>;

/** One command as the hub runs it: who sent it, its id, and its decision. */
export interface CommandRun<T> {
  type: string;
  /** The sender's id (domain/sender.ts); with `commandId` it makes the command idempotent. */
  actor: string;
  /** Client-made: a repeat with the same actor and id answers the first result. Null only for the server's own. */
  commandId: string | null;
  payload: unknown;
  /** Runs when the command's turn comes, on the state it meets; checks the sender's rights there too. */
  decide: Decide<T>;
}

export interface HubEvents {
  /** A durable document update, to relay to replicas. */
  docUpdate: [code: string, update: Uint8Array];
  /** A durable state change, for transports that tell individual clients. */
  changed: [code: string, prev: WorkshopState, next: WorkshopState];
  /** A stored workshop was loaded into memory (e.g. after a restart), for services that resume work. */
  loaded: [code: string, workshop: LiveWorkshop];
}

export interface WorkshopHub {
  events: EventEmitter<HubEvents>;
  create(templateId: TemplateId, title?: string): Promise<{ code: string; facilitatorKey: string }>;
  /** The live workshop, loading it on first use; null when no such code exists. */
  get(code: string): Promise<LiveWorkshop | null>;
  execute<T>(code: string, run: CommandRun<T>): Promise<Result<T>>;
  /**
   * Resolves once every command decided so far is on disk. A replica must not be sent state
   * that a crash could still take back, so the Yjs host waits for this before answering.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface HubDeps {
  store: WorkshopStore;
  clock: Clock;
  log: Logger;
  /** Updates kept after a snapshot before the log is compacted. */
  compactEvery?: number;
}

/** Creates the hub; every live workshop and its command queue lives inside it. */
export function createWorkshopHub(deps: HubDeps): WorkshopHub {
  const { store, clock, log } = deps;
  const compactEvery = deps.compactEvery ?? 500;
  const events = new EventEmitter<HubEvents>();
  const loaded = new Map<string, Promise<LiveWorkshop | null>>();
  const queues = new Map<string, Promise<unknown>>();
  const sinceCompaction = new Map<string, number>();
  const batcher = createCommitBatcher(store);
  /** Results of idempotent commands decided but not yet on disk, by workshop, actor and id. */
  const undecided = new Map<string, { type: string; durable: Promise<Result<unknown>> }>();

  async function load(code: string): Promise<LiveWorkshop | null> {
    const record = await store.findWorkshop(code);
    if (!record) return null;
    const stored = await store.loadDoc(code);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    const pub = readPublicState(doc);
    // A document without its room would mean a broken load; never serve it as empty.
    if (!pub.room.meta) throw new Error(`workshop ${code} has no document`);
    const priv = emptyPrivate();
    for (const row of await store.loadPrivate(code)) {
      const coll = (priv as unknown as Collections)[row.collection];
      if (coll) coll[row.id] = JSON.parse(row.json);
    }
    sinceCompaction.set(code, stored.updates.length);
    return { record, doc, state: { pub, priv } };
  }

  async function get(code: string): Promise<LiveWorkshop | null> {
    let pending = loaded.get(code);
    if (!pending) {
      pending = load(code);
      loaded.set(code, pending);
      pending.then(
        (w) => (w === null ? loaded.delete(code) : events.emit('loaded', code, w)),
        () => loaded.delete(code),
      );
    }
    return pending;
  }

  /** Runs `task` after every earlier task of the same workshop has finished. */
  function serialize<T>(code: string, task: () => Promise<T>): Promise<T> {
    const prev = queues.get(code) ?? Promise.resolve();
    const run = prev.then(task, task);
    queues.set(
      code,
      run.catch(() => undefined),
    );
    return run;
  }

  /**
   * Decides a command against the live state and queues its commit. The state moves ahead at
   * once so the next command of the same workshop decides on top of it; the acknowledgement
   * (the returned `durable`) waits for the disk. Wrapped in an object so the caller's queue
   * does not wait for the disk too.
   */
  async function prepare<T>(w: LiveWorkshop, meta: CommandRun<T>): Promise<{ durable: Promise<Result<T>> }> {
    const code = w.record.code;
    const idKey = meta.commandId ? `${code}\n${meta.actor}\n${meta.commandId}` : null;
    if (meta.commandId && idKey) {
      const pending = undecided.get(idKey);
      const seen = pending ? null : await store.findCommand(code, meta.actor, meta.commandId);
      const type = pending?.type ?? seen?.type;
      // An id reused for another command must not be answered with that command's result.
      if (type !== undefined && type !== meta.type)
        return { durable: Promise.resolve(fail<T>('conflict', 'command id already used by another command')) };
      if (pending) return { durable: pending.durable as Promise<Result<T>> };
      if (seen) return { durable: Promise.resolve(JSON.parse(seen.result) as Result<T>) };
    }
    const now = clock.now();
    const decided = meta.decide(w.state, now);
    if (!decided.ok) return { durable: Promise.resolve(decided) };
    const prev = w.state;
    const next = decided.value.state;
    const result = ok(decided.value.value);
    const docUpdate = writeChanges(
      w.doc,
      diffCollections(asCollections(prev.pub), asCollections(next.pub), PUBLIC_COLLECTIONS),
    );
    const privateChanges = diffCollections(asCollections(prev.priv), asCollections(next.priv), PRIVATE_COLLECTIONS).map(
      (c) => ({
        collection: c.collection,
        id: c.id,
        json: c.value === undefined ? null : JSON.stringify(c.value),
      }),
    );
    const command = meta.commandId
      ? {
          commandId: meta.commandId,
          actor: meta.actor,
          type: meta.type,
          payload: JSON.stringify(meta.payload ?? null),
          result: JSON.stringify(result),
          at: now,
        }
      : null;
    w.state = next;
    const announce = () => {
      if (docUpdate) {
        events.emit('docUpdate', code, docUpdate);
        countForCompaction(w);
      }
      events.emit('changed', code, prev, next);
    };
    const durable = batcher.enqueue(code, { docUpdate, privateChanges, command }, announce).then(
      () => result,
      (err: unknown) => {
        // The in-memory state and document are ahead of the disk: drop them and reload from disk.
        log.error('commit_failed', { code, type: meta.type, error: String(err) });
        loaded.delete(code);
        return fail<T>('internal');
      },
    );
    if (idKey) {
      undecided.set(idKey, { type: meta.type, durable });
      void durable.finally(() => undecided.delete(idKey));
    }
    return { durable };
  }

  /** Runs right after a batch is durable, when the document holds nothing the disk lacks. */
  function countForCompaction(w: LiveWorkshop): void {
    const code = w.record.code;
    const n = (sinceCompaction.get(code) ?? 0) + 1;
    sinceCompaction.set(code, n);
    if (n < compactEvery) return;
    sinceCompaction.set(code, 0);
    store
      .compact(code, Y.encodeStateAsUpdate(w.doc))
      .catch((err: unknown) => log.error('compaction_failed', { code, error: String(err) }));
  }

  return {
    events,
    async create(templateId, title) {
      const template = loadTemplate(templateId);
      let code = newJoinCode();
      while (await store.findWorkshop(code)) code = newJoinCode();
      const facilitatorKey = newSecret();
      const state = initialState(template, code, title ?? template.title);
      const doc = new Y.Doc();
      const docUpdate = writeChanges(doc, diffCollections({}, asCollections(state.pub), PUBLIC_COLLECTIONS));
      const record: WorkshopRecord = {
        code,
        template: template.id,
        title: state.pub.room.meta.title,
        facilitatorKeyHash: hashSecret(facilitatorKey),
        createdAt: clock.now(),
      };
      const initial: Commit = { docUpdate, privateChanges: [], command: null };
      await store.createWorkshop(record, initial);
      loaded.set(code, Promise.resolve({ record, doc, state }));
      sinceCompaction.set(code, 1);
      log.info('workshop_created', { code, template: template.id });
      return { code, facilitatorKey };
    },
    get,
    async execute<T>(code: string, run: CommandRun<T>) {
      const { durable } = await serialize(code, async () => {
        const w = await get(code);
        if (!w) return { durable: Promise.resolve(fail<T>('not_found')) };
        return prepare(w, run);
      });
      return durable;
    },
    settled: () => batcher.settled(),
    async close() {
      await Promise.allSettled([...queues.values()]);
      await batcher.settled();
      for (const p of loaded.values()) (await p.catch(() => null))?.doc.destroy();
      loaded.clear();
    },
  };
}

function asCollections(x: object): Collections {
  return x as unknown as Collections;
}
