/**
 * The view documents follow screens are served beside the main one: the low-data view (see
 * shared/low-data.ts), and, when the facilitator keeps names from followers, the public state
 * without them (shared/follower-view.ts). The low-data view is always made from the followers'
 * view, so it never carries a name the other does not.
 */
import { followerView } from '../../shared/follower-view.ts';
import { lowDataState, type NoteCounts } from '../../shared/low-data.ts';
import { PUBLIC_COLLECTIONS } from '../../shared/model.ts';
import type { Collections } from '../domain/collections.ts';
import type { WorkshopHub } from '../workshops/hub.ts';
import { createViewDocs, type ViewDocs } from './view-docs.ts';

export const LOW_DATA_COLLECTIONS = [...PUBLIC_COLLECTIONS, 'noteCounts'] as const;

export type LowDataDocs = ViewDocs;

/** Keeps the previous count object of each board whose counts did not change, so it is not rewritten. */
function keepUnchanged(prev: NoteCounts, next: NoteCounts): NoteCounts {
  const out: NoteCounts = {};
  for (const [boardId, counts] of Object.entries(next))
    out[boardId] = prev[boardId] && JSON.stringify(prev[boardId]) === JSON.stringify(counts) ? prev[boardId] : counts;
  return out;
}

/** One low-data document per workshop that has low-data followers. */
export function createLowDataDocs(hub: WorkshopHub): LowDataDocs {
  return createViewDocs(
    hub,
    (pub, prev) => {
      const view = lowDataState(followerView(pub));
      const noteCounts = keepUnchanged((prev?.noteCounts ?? {}) as NoteCounts, view.noteCounts);
      return { ...view, noteCounts } as unknown as Collections;
    },
    LOW_DATA_COLLECTIONS,
  );
}

/** One document without participants' names per workshop whose follow screens are kept from them. */
export function createNamelessDocs(hub: WorkshopHub): ViewDocs {
  return createViewDocs(hub, (pub) => followerView(pub) as unknown as Collections, PUBLIC_COLLECTIONS);
}
