/** A workshop replica wired into the stores: each collection is copied when it changes. */
import type * as Y from 'yjs';
import { hasRoom, readCollection, readPublicState } from '../../../shared/doc.ts';
import { LOW_DATA_REPLACED, type NoteCounts } from '../../../shared/low-data.ts';
import { PUBLIC_COLLECTIONS, type PublicState } from '../../../shared/model.ts';
import { setRefused, setReplicaSilent, setReplicaSynced } from '../stores/connection.ts';
import { setNoteCounts } from '../stores/follow.ts';
import { setCollection, setWorkshop } from '../stores/workshop.ts';
import { openReplica, type Replica } from './replica.ts';

export interface ReplicaLinkOptions {
  /** A follow screen says so, to be counted without a socket. */
  follower?: boolean;
  /** The low-data document: counts, and note text only where the room is looking. */
  lowData?: boolean;
  /** Called on every (re)sync. */
  onSynced?: () => void;
}

export interface ReplicaLink {
  destroy(): void;
}

/**
 * Opens the replica of `code` into the stores. The server makes a low-data document anew after a
 * restart; a replica still holding the old one is refused, and this starts over with a fresh one.
 */
export function openWorkshopReplica(baseUrl: string, code: string, options: ReplicaLinkOptions = {}): ReplicaLink {
  const params: Record<string, string> = {
    ...(options.follower ? { client: 'follow' } : {}),
    ...(options.lowData ? { view: 'low' } : {}),
  };
  let current: Replica;
  const open = (): Replica => {
    const replica = openReplica(baseUrl, code, setReplicaSynced, {
      params,
      onSilent: setReplicaSilent,
      onRefused: setRefused,
    });
    mirrorReplica(replica.doc, !!options.lowData);
    replica.provider.on('sync', (synced: boolean) => synced && options.onSynced?.());
    replica.provider.on('connection-close', (event: CloseEvent | null) => {
      // Outside the provider's own close handling, which is still running.
      if (event?.code === LOW_DATA_REPLACED)
        setTimeout(() => {
          replica.destroy();
          current = open();
        });
    });
    return replica;
  };
  current = open();
  setNoteCounts(null);
  return { destroy: () => current.destroy() };
}

/** Copies each collection into the store when it changes, once the room has arrived; all of it on the first. */
function mirrorReplica(doc: Y.Doc, lowData: boolean): void {
  let whole = true;
  for (const name of PUBLIC_COLLECTIONS) {
    doc.getMap(name).observe(() => {
      if (!hasRoom(doc)) return;
      // The first state replaces what the page started from, collections it lacks included.
      if (whole) setWorkshop(readPublicState(doc));
      else
        setCollection(name, readCollection(doc.getMap(name)) as PublicState[typeof name], () => readPublicState(doc));
      whole = false;
    });
  }
  if (lowData) {
    const counts = doc.getMap('noteCounts');
    counts.observe(() => setNoteCounts(counts.toJSON() as NoteCounts));
  }
}
