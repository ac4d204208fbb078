/** The public workshop state, mirrored from the read-only Yjs replica one collection at a time. */
import { create } from 'zustand';
import { emptyCollections, type PublicState } from '../../../shared/model.ts';

export interface WorkshopStore {
  /** Null until the replica has received the room. */
  state: PublicState | null;
}

export const useWorkshop = create<WorkshopStore>(() => ({ state: null }));

/** Replaces one collection; components selecting other collections do not re-render. */
export function setCollection<K extends keyof PublicState>(
  name: K,
  value: PublicState[K],
  whole: () => PublicState,
): void {
  useWorkshop.setState((s) => ({ state: s.state ? { ...s.state, [name]: value } : whole() }));
}

/**
 * Starts from part of the state (the follow page's first view) before the replica has synced;
 * the collections it lacks start empty and each is replaced when the replica delivers it.
 */
export function seedWorkshop(part: Pick<PublicState, 'room'> & Partial<PublicState>): void {
  useWorkshop.setState({ state: { ...emptyCollections(), ...part } });
}

/** Replaces the whole state, for a replica's first sync. */
export const setWorkshop = (state: PublicState) => useWorkshop.setState({ state });

/** The room: meta, agenda, live step, timer, focus. */
export const useRoom = () => useWorkshop((s) => s.state?.room ?? null);
