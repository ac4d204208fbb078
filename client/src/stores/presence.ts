/** Who is here, as the server last announced it, and who has posted in the current step. */
import { create } from 'zustand';
import type { Note, PublicState } from '../../../shared/model.ts';
import type { Presence } from '../../../shared/protocol/session.ts';
import { useWorkshop } from './workshop.ts';

export const usePresence = create<{ presence: Presence | null }>(() => ({ presence: null }));

export const setPresence = (presence: Presence) => usePresence.setState({ presence });

/**
 * Authors of the visible notes written on the active boards since the room entered the
 * current step. Notes still held back in private mode are not in the replica, so they count
 * only once revealed.
 */
export function postersOfCurrentStep(state: PublicState | null): Set<string> {
  const out = new Set<string>();
  if (!state) return out;
  const { activeBoardIds, live } = state.room;
  const since = live.enteredAt ?? 0;
  for (const n of Object.values(state.notes) as Note[]) {
    if (activeBoardIds.includes(n.boardId) && n.createdAt >= since) out.add(n.authorId);
  }
  return out;
}

/** The posters set, recomputed only when notes or the room change. */
export function usePostersOfCurrentStep(): Set<string> {
  const notes = useWorkshop((s) => s.state?.notes);
  const room = useWorkshop((s) => s.state?.room);
  return postersOfCurrentStep(notes && room ? ({ notes, room } as PublicState) : null);
}
