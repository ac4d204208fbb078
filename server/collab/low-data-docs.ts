/**
 * One low-data document per workshop that has low-data followers (see shared/low-data.ts): made
 * from the durable state on first use, then moved along by every durable change, as the main
 * document is. It lives in memory only; after a restart it is made anew, and a replica that still
 * holds the old one is told to start over (the Yjs host checks its state vector).
 */
import { EventEmitter } from 'node:events';
import * as Y from 'yjs';
import { lowDataState, type LowDataState, type NoteCounts } from '../../shared/low-data.ts';
import { PUBLIC_COLLECTIONS } from '../../shared/model.ts';
import { diffCollections, type Collections } from '../domain/collections.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import { writeChanges } from './doc-writer.ts';

export const LOW_DATA_COLLECTIONS = [...PUBLIC_COLLECTIONS, 'noteCounts'] as const;

export interface LowDataDocs {
  /** The workshop's low-data document, made on first use; null when no such workshop exists. */
  get(code: string): Promise<Y.Doc | null>;
  /** Durable updates of each low-data document, to relay to its replicas. */
  events: EventEmitter<{ update: [code: string, update: Uint8Array] }>;
  close(): void;
}

interface Entry {
  doc: Y.Doc;
  view: LowDataState;
}

/** Keeps the previous count object of each board whose counts did not change, so it is not rewritten. */
function keepUnchanged(prev: NoteCounts, next: NoteCounts): NoteCounts {
  const out: NoteCounts = {};
  for (const [boardId, counts] of Object.entries(next))
    out[boardId] = prev[boardId] && JSON.stringify(prev[boardId]) === JSON.stringify(counts) ? prev[boardId] : counts;
  return out;
}

/** Follows the hub's durable changes for every workshop whose low-data document exists. */
export function createLowDataDocs(hub: WorkshopHub): LowDataDocs {
  const events = new EventEmitter<{ update: [code: string, update: Uint8Array] }>();
  const entries = new Map<string, Promise<Entry | null>>();
  const ready = new Map<string, Entry>();

  const advance = (code: string, entry: Entry, view: LowDataState) => {
    const next = { ...view, noteCounts: keepUnchanged(entry.view.noteCounts, view.noteCounts) };
    const changes = diffCollections(
      entry.view as unknown as Collections,
      next as unknown as Collections,
      LOW_DATA_COLLECTIONS,
    );
    entry.view = next;
    const update = writeChanges(entry.doc, changes);
    if (update) events.emit('update', code, update);
  };
  const onChanged = (code: string, _prev: WorkshopState, next: WorkshopState) => {
    const entry = ready.get(code);
    if (entry) advance(code, entry, lowDataState(next.pub));
  };
  hub.events.on('changed', onChanged);
  // An unloaded workshop's low-data view goes with it; a replica coming back is told to start over.
  const onUnloaded = (code: string) => {
    ready.get(code)?.doc.destroy();
    ready.delete(code);
    entries.delete(code);
  };
  hub.events.on('unloaded', onUnloaded);

  async function make(code: string): Promise<Entry | null> {
    // What the hub hands out is what is on disk: the low-data view starts from there, as replicas do.
    const w = await hub.get(code);
    if (!w) return null;
    const entry: Entry = { doc: new Y.Doc(), view: { noteCounts: {} } as LowDataState };
    advance(code, entry, lowDataState(w.state.pub));
    ready.set(code, entry);
    return entry;
  }

  return {
    events,
    async get(code) {
      let entry = entries.get(code);
      if (!entry) {
        entry = make(code);
        entries.set(code, entry);
        entry.then(
          (e) => e || entries.delete(code),
          () => entries.delete(code),
        );
      }
      return (await entry)?.doc ?? null;
    },
    close() {
      hub.events.off('changed', onChanged);
      hub.events.off('unloaded', onUnloaded);
      for (const entry of ready.values()) entry.doc.destroy();
      ready.clear();
      entries.clear();
    },
  };
}
