/**
 * Documents made from a view of each workshop's public state (the low-data view, the view
 * without names): made from the durable state on first use, then moved along by every durable
 * change, as the main document is. They live in memory only; after a restart each is made
 * anew, and a replica that still holds the old one is told to start over (the Yjs host checks
 * its state vector).
 */
import { EventEmitter } from 'node:events';
import * as Y from 'yjs';
import type { PublicState } from '../../shared/model.ts';
import { diffCollections, type Collections } from '../domain/collections.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import { writeChanges } from './doc-writer.ts';

export interface ViewDocs {
  /** The workshop's document of this view, made on first use; null when no such workshop exists. */
  get(code: string): Promise<Y.Doc | null>;
  /** Durable updates of each document, to relay to its replicas. */
  events: EventEmitter<{ update: [code: string, update: Uint8Array] }>;
  close(): void;
}

/** A view of the public state; `prev` is the view it follows (null for the first), to keep what did not change. */
export type StateView = (pub: PublicState, prev: Collections | null) => Collections;

interface Entry {
  doc: Y.Doc;
  view: Collections;
}

/** Follows the hub's durable changes for every workshop whose document of `view` exists. */
export function createViewDocs(hub: WorkshopHub, view: StateView, collections: readonly string[]): ViewDocs {
  const events = new EventEmitter<{ update: [code: string, update: Uint8Array] }>();
  const entries = new Map<string, Promise<Entry | null>>();
  const ready = new Map<string, Entry>();

  const advance = (code: string, entry: Entry, pub: PublicState) => {
    const next = view(pub, entry.view);
    const changes = diffCollections(entry.view, next, collections);
    entry.view = next;
    const update = writeChanges(entry.doc, changes);
    if (update) events.emit('update', code, update);
  };
  const onChanged = (code: string, _prev: WorkshopState, next: WorkshopState) => {
    const entry = ready.get(code);
    if (entry) advance(code, entry, next.pub);
  };
  hub.events.on('changed', onChanged);
  // An unloaded workshop's view goes with it; a replica coming back is told to start over.
  const onUnloaded = (code: string) => {
    ready.get(code)?.doc.destroy();
    ready.delete(code);
    entries.delete(code);
  };
  hub.events.on('unloaded', onUnloaded);

  async function make(code: string): Promise<Entry | null> {
    // What the hub hands out is what is on disk: the view starts from there, as replicas do.
    const w = await hub.get(code);
    if (!w) return null;
    const entry: Entry = { doc: new Y.Doc(), view: {} };
    advance(code, entry, w.state.pub);
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
