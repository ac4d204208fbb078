/** Writes state changes into a workshop's Yjs document and returns the resulting update. */
import * as Y from 'yjs';
import type { EntityChange } from '../domain/collections.ts';

/**
 * Applies `changes` in one transaction. Each entity is one map entry holding plain JSON,
 * so replacing it is a single small delta and old values are garbage-collected.
 */
export function writeChanges(doc: Y.Doc, changes: EntityChange[]): Uint8Array | null {
  if (changes.length === 0) return null;
  const captured: Uint8Array[] = [];
  const capture = (update: Uint8Array) => captured.push(update);
  doc.on('update', capture);
  try {
    doc.transact(() => {
      for (const c of changes) {
        const map = doc.getMap(c.collection);
        if (c.value === undefined) map.delete(c.id);
        else map.set(c.id, c.value);
      }
    });
  } finally {
    doc.off('update', capture);
  }
  return captured.length === 0 ? null : captured.length === 1 ? captured[0]! : Y.mergeUpdates(captured);
}
