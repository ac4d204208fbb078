/** Reading the shared Yjs document back into plain state; used by clients and by the server on load. */
import type * as Y from 'yjs';
import { PUBLIC_COLLECTIONS, type PublicState } from './model.ts';

/** Returns the whole public state held in `doc` (the server is its only writer, so the shape is trusted). */
export function readPublicState(doc: Y.Doc): PublicState {
  const out: Record<string, unknown> = {};
  for (const name of PUBLIC_COLLECTIONS) out[name] = doc.getMap(name).toJSON();
  return out as unknown as PublicState;
}

/** Whether the replica has received the server's state yet. */
export function hasRoom(doc: Y.Doc): boolean {
  return doc.getMap('room').has('meta');
}
