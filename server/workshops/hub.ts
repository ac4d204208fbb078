/**
 * Holds live workshops: loads them from the store, runs each command against the
 * current state one at a time, persists the outcome, and only then announces it.
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
import { hashSecret, newJoinCode, newSecret } from './secrets.ts';

export interface LiveWorkshop {
  record: WorkshopRecord;
  doc: Y.Doc;
  state: WorkshopState;
}

/** Identifies a command for the log and for idempotency. */
export interface CommandMeta {
  type: string;
  actor: string;
  /** Client-made id: a repeat with the same actor and id returns the first result. */
  commandId?: string;
  payload: unknown;
}

export type Decide<T> = (state: WorkshopState, now: number) => Result<Decision<T>>;

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
  execute<T>(code: string, meta: CommandMeta, decide: Decide<T>): Promise<Result<T>>;
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
      pending.then((w) => (w === null ? loaded.delete(code) : events.emit('loaded', code, w)), () => loaded.delete(code));
    }
    return pending;
  }

  /** Runs `task` after every earlier task of the same workshop has finished. */
  function serialize<T>(code: string, task: () => Promise<T>): Promise<T> {
    const prev = queues.get(code) ?? Promise.resolve();
    const run = prev.then(task, task);
    queues.set(code, run.catch(() => undefined));
    return run;
  }

  async function apply<T>(w: LiveWorkshop, meta: CommandMeta, decide: Decide<T>): Promise<Result<T>> {
    const code = w.record.code;
    if (meta.commandId) {
      const seen = await store.findCommand(code, meta.actor, meta.commandId);
      if (seen) return JSON.parse(seen.result) as Result<T>;
    }
    const now = clock.now();
    const decided = decide(w.state, now);
    if (!decided.ok) return decided;
    const prev = w.state;
    const next = decided.value.state;
    const result = ok(decided.value.value);
    const docUpdate = writeChanges(w.doc, diffCollections(asCollections(prev.pub), asCollections(next.pub), PUBLIC_COLLECTIONS));
    const privateChanges = diffCollections(asCollections(prev.priv), asCollections(next.priv), PRIVATE_COLLECTIONS).map((c) => ({
      collection: c.collection,
      id: c.id,
      json: c.value === undefined ? null : JSON.stringify(c.value),
    }));
    const command = meta.commandId
      ? { commandId: meta.commandId, actor: meta.actor, type: meta.type, payload: JSON.stringify(meta.payload ?? null), result: JSON.stringify(result), at: now }
      : null;
    try {
      await store.commit(code, { docUpdate, privateChanges, command });
    } catch (err) {
      // The in-memory document may now hold an unsaved change: drop it and reload from disk.
      log.error('commit_failed', { code, type: meta.type, error: String(err) });
      loaded.delete(code);
      return fail('internal');
    }
    w.state = next;
    if (docUpdate) {
      events.emit('docUpdate', code, docUpdate);
      await maybeCompact(w);
    }
    events.emit('changed', code, prev, next);
    return result;
  }

  async function maybeCompact(w: LiveWorkshop): Promise<void> {
    const code = w.record.code;
    const n = (sinceCompaction.get(code) ?? 0) + 1;
    sinceCompaction.set(code, n);
    if (n < compactEvery) return;
    await store.compact(code, Y.encodeStateAsUpdate(w.doc));
    sinceCompaction.set(code, 0);
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
      const record: WorkshopRecord = { code, template: template.id, title: state.pub.room.meta.title, facilitatorKeyHash: hashSecret(facilitatorKey), createdAt: clock.now() };
      const initial: Commit = { docUpdate, privateChanges: [], command: null };
      await store.createWorkshop(record, initial);
      loaded.set(code, Promise.resolve({ record, doc, state }));
      sinceCompaction.set(code, 1);
      log.info('workshop_created', { code, template: template.id });
      return { code, facilitatorKey };
    },
    get,
    async execute(code, meta, decide) {
      return serialize(code, async () => {
        const w = await get(code);
        if (!w) return fail('not_found');
        return apply(w, meta, decide);
      });
    },
    async close() {
      await Promise.allSettled([...queues.values()]);
      for (const p of loaded.values()) (await p.catch(() => null))?.doc.destroy();
      loaded.clear();
    },
  };
}

function asCollections(x: object): Collections {
  return x as unknown as Collections;
}
