/**
 * Compares two states collection by collection, by reference, to find what a command changed.
 * A collection changed through `put` or `drop` (records.ts) remembers which ids it changed, so
 * finding the change to one note beside 2,000 costs one note, not 2,000; any other copy (a
 * spread, a rebuild) is compared entry by entry, which is always right, only slower.
 */
import { idsSince } from './records.ts';

export type Collections = Record<string, Record<string, unknown>>;

export interface EntityChange {
  collection: string;
  id: string;
  /** `undefined` when the entity was removed. */
  value: unknown;
}

/** Every id whose entry may differ between `a` and `b`: the line's few when there is one, else all of both. */
export function changedIds(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): Iterable<string> {
  if (a === b) return [];
  const known = idsSince(a, b);
  if (known) return known;
  const all = new Set(Object.keys(b));
  for (const id of Object.keys(a)) all.add(id);
  return all;
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
    for (const id of changedIds(a, b)) {
      const value = Object.hasOwn(b, id) ? b[id] : undefined;
      const was = Object.hasOwn(a, id) ? a[id] : undefined;
      if (value !== was) changes.push({ collection, id, value });
    }
  }
  return changes;
}
