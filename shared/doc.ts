/** Reading the shared Yjs document back into plain state; used by clients and by the server on load. */
import type * as Y from 'yjs';
import { isReservedId } from './ids.ts';
import { PUBLIC_COLLECTIONS, type PublicState } from './model.ts';

/** Returns the whole public state held in `doc` (the server is its only writer, so the shape is trusted). */
export function readPublicState(doc: Y.Doc): PublicState {
  const out: Record<string, unknown> = {};
  for (const name of PUBLIC_COLLECTIONS) out[name] = readCollection(doc.getMap(name));
  return out as unknown as PublicState;
}

/**
 * One map as a plain object. Not `map.toJSON()`: a key such as `__proto__`, stored by an older
 * server, would become the object's prototype; such keys name no entity and are left out.
 */
export function readCollection(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) if (!isReservedId(key)) out[key] = value;
  return out;
}

/** Whether the replica has received the server's state yet. */
export function hasRoom(doc: Y.Doc): boolean {
  return doc.getMap('room').has('meta');
}
