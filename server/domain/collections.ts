/** Compares two states collection by collection, by reference, to find what a command changed. */

export type Collections = Record<string, Record<string, unknown>>;

export interface EntityChange {
  collection: string;
  id: string;
  /** `undefined` when the entity was removed. */
  value: unknown;
}

/**
 * Lists every entity whose reference differs between `prev` and `next`. Domain functions
 * update immutably, so an untouched entity keeps its reference and costs nothing here.
 */
export function diffCollections(prev: Collections, next: Collections, names: readonly string[]): EntityChange[] {
  const changes: EntityChange[] = [];
  for (const collection of names) {
    const a = prev[collection] ?? {};
    const b = next[collection] ?? {};
    if (a === b) continue;
    for (const [id, value] of Object.entries(b)) if (a[id] !== value) changes.push({ collection, id, value });
    for (const id of Object.keys(a)) if (!(id in b)) changes.push({ collection, id, value: undefined });
  }
  return changes;
}
