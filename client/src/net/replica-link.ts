/** A workshop replica wired into the stores: each collection is copied when it changes. */
import type * as Y from 'yjs';
import { hasRoom, readPublicState } from '../../../shared/doc.ts';
import { PUBLIC_COLLECTIONS, type PublicState } from '../../../shared/model.ts';
import { setReplicaSynced } from '../stores/connection.ts';
import { setCollection } from '../stores/workshop.ts';
import { openReplica, type Replica } from './replica.ts';

/** Opens the replica of `code`; a follow screen says so, to be counted without a socket. */
export function openWorkshopReplica(baseUrl: string, code: string, follower = false): Replica {
  const replica = openReplica(baseUrl, code, setReplicaSynced, follower ? { params: { client: 'follow' } } : {});
  mirrorReplica(replica.doc);
  return replica;
}

/** Copies each collection into the store when it changes, once the room has arrived. */
function mirrorReplica(doc: Y.Doc): void {
  for (const name of PUBLIC_COLLECTIONS) {
    doc.getMap(name).observe(() => {
      if (!hasRoom(doc)) return;
      setCollection(name, doc.getMap(name).toJSON() as PublicState[typeof name], () => readPublicState(doc));
    });
  }
}
