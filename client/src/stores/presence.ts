/** Who is here, as the server last announced it, and who has posted in the current step. */
import { useMemo } from 'react';
import { create } from 'zustand';
import type { BoardId, Note, ParticipantId, PublicState } from '../../../shared/model.ts';
import type { Presence } from '../../../shared/protocol/session.ts';
import { useMyBoard } from './my-board.ts';
import { useWorkshop } from './workshop.ts';

export const usePresence = create<{ presence: Presence | null }>(() => ({ presence: null }));

export const setPresence = (presence: Presence) => usePresence.setState({ presence });

/**
 * Authors of the visible notes written on the active boards since the room entered the
 * current step, plus (for facilitators, who are told who holds how many) the authors of
 * notes still held back in private mode, which the replica does not contain.
 */
export function postersOfCurrentStep(
  state: Pick<PublicState, 'notes' | 'room'> | null,
  heldBy: Record<BoardId, Record<ParticipantId, number>> = {},
): Set<string> {
  const out = new Set<string>();
  if (!state) return out;
  const { activeBoardIds, live } = state.room;
  const since = live.enteredAt ?? 0;
  for (const n of Object.values(state.notes) as Note[]) {
    if (activeBoardIds.includes(n.boardId) && n.createdAt >= since) out.add(n.authorId);
  }
  for (const boardId of activeBoardIds)
    for (const [author, count] of Object.entries(heldBy[boardId] ?? {})) if (count > 0) out.add(author);
  return out;
}

/** The posters set, recomputed only when notes, the room or the held counts change. */
export function usePostersOfCurrentStep(): Set<string> {
  const notes = useWorkshop((s) => s.state?.notes);
  const room = useWorkshop((s) => s.state?.room);
  const heldBy = useMyBoard((s) => s.heldBy);
  return useMemo(() => postersOfCurrentStep(notes && room ? { notes, room } : null, heldBy), [notes, room, heldBy]);
}
