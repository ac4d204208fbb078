/**
 * Immutable updates of a state's collections that cost the change, not the collection. `put` and
 * `drop` do not copy the record: they answer a read-only view of it with a few entries laid over
 * (a copy of 2,000 notes for each note:add was a third of the server's busy time in the bench).
 * The view reads as a plain record (own entries, keys in order, `Object.values`, spreads, JSON),
 * refuses writes, and is flattened into a new plain record once its layer holds LAYER_MAX
 * entries, so a read never walks more than the record and a short layer.
 *
 * Each view also remembers the record it was made from and the id it changed, so the diff of a
 * command compares only those (collections.ts). Both live in side tables: a spread of a view is
 * a plain record that carries neither, which is always right, only slower.
 */

/** How many changed entries a view lays over its base before it is flattened into a plain record. */
const LAYER_MAX = 64;

/** Marks an entry the layer removed. */
const GONE: unique symbol = Symbol('gone');

interface Layered<T> {
  base: Readonly<Record<string, T>>;
  /** In the order a plain record would list them: an entry removed and put back goes last. */
  layer: ReadonlyMap<string, T | typeof GONE>;
  /** Ids of the base removed and put back since: listed at the end, where a plain record has them. */
  moved: ReadonlySet<string>;
  /** The view's keys, worked out on the first walk. */
  keys?: string[];
}

/** How a copy was made: the record it was copied from (held weakly, so old versions can go) and the id it changed. */
interface Lineage {
  from: WeakRef<object>;
  id: string;
}

const layers = new WeakMap<object, Layered<unknown>>();
const lineage = new WeakMap<object, Lineage>();

/** How many copies back a diff follows a line before it compares entry by entry instead. */
const MAX_LINE = 64;

function own<T>(l: Layered<T>, k: string): T | undefined {
  const over = l.layer.get(k);
  if (over === GONE) return undefined;
  if (over !== undefined) return over;
  return Object.hasOwn(l.base, k) ? l.base[k] : undefined;
}

function keysOf<T>(l: Layered<T>): string[] {
  if (l.keys) return l.keys;
  const keys = Object.keys(l.base).filter((k) => l.layer.get(k) !== GONE && !l.moved.has(k));
  for (const [k, v] of l.layer) if (v !== GONE && (l.moved.has(k) || !Object.hasOwn(l.base, k))) keys.push(k);
  l.keys = keys;
  return keys;
}

/** A plain record holding what `l` reads as; `__proto__` is defined, never assigned, as a spread does. */
function flatten<T>(l: Layered<T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of keysOf(l)) {
    const value = own(l, k) as T;
    if (k === '__proto__')
      Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}

function viewOf<T>(l: Layered<T>): Record<string, T> {
  const refuse = () => false;
  return new Proxy({} as Record<string, T>, {
    get: (_t, k) => (typeof k === 'string' && own(l, k) !== undefined ? own(l, k) : Reflect.get(Object.prototype, k)),
    has: (_t, k) => (typeof k === 'string' && own(l, k) !== undefined) || k in Object.prototype,
    getOwnPropertyDescriptor: (_t, k) => {
      const value = typeof k === 'string' ? own(l, k) : undefined;
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
    ownKeys: () => keysOf(l),
    set: refuse,
    defineProperty: refuse,
    deleteProperty: refuse,
    setPrototypeOf: refuse,
  });
}

function changed<T>(record: Readonly<Record<string, T>>, id: string, value: T | typeof GONE): Record<string, T> {
  const before = layers.get(record) as Layered<T> | undefined;
  const base = before?.base ?? record;
  const layer = new Map(before?.layer);
  const moved = new Set(before?.moved);
  const added = layer.get(id) === GONE || (!layer.has(id) && !Object.hasOwn(base, id));
  // An entry that comes back goes last, as in a plain record; one that changes keeps its place.
  if (value !== GONE && added) {
    layer.delete(id);
    if (Object.hasOwn(base, id)) moved.add(id);
  }
  layer.set(id, value);
  const l: Layered<T> = { base, layer, moved };
  let next: Record<string, T>;
  if (layer.size > LAYER_MAX) next = flatten(l);
  else {
    next = viewOf(l);
    layers.set(next, l);
  }
  lineage.set(next, { from: new WeakRef(record), id });
  return next;
}

/** `record` with `value` at `id`, leaving `record` as it was. */
export function put<T>(record: Readonly<Record<string, T>>, id: string, value: T): Record<string, T> {
  return changed(record, id, value);
}

/** `record` without `id`, leaving `record` as it was. */
export function drop<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  return changed(record, id, GONE);
}

/** The ids `b`'s copies changed since `a`, when `b` descends from `a` through `put`/`drop`; else null. */
export function idsSince(a: object, b: object): Set<string> | null {
  const ids = new Set<string>();
  let at: object | undefined = b;
  for (let step = 0; step < MAX_LINE && at !== undefined; step++) {
    if (at === a) return ids;
    const line = lineage.get(at);
    if (!line) return null;
    ids.add(line.id);
    at = line.from.deref();
  }
  return at === a ? ids : null;
}
