/**
 * Ids become keys of plain objects (the state's collections, the document's maps), so an id
 * must never be a name every object already answers to: `constructor` would find a function,
 * `__proto__` would replace a prototype.
 */

/** Names refused as ids: everything `Object.prototype` carries, and `prototype` itself. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/** Whether `id` is a name no entity may have. */
export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id);
}

/** The entry `id` of `record` when it is the record's own, never one inherited from its prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Whether `record` holds `id` as its own entry. */
export function hasEntry(record: Readonly<Record<string, unknown>>, id: string): boolean {
  return Object.hasOwn(record, id);
}
