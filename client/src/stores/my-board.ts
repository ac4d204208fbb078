/** What only this person sees on the boards: a participant's held notes, anonymous notes and dots; a facilitator's count of held notes per author. */
import { create } from 'zustand';
import type { BoardId, Note, NoteId, ParticipantId } from '../../../shared/model.ts';
import type { GroupBoards } from '../../../shared/protocol/breakouts.ts';

export interface MyBoardState {
  /** Notes written on private boards that the facilitator has not revealed yet. */
  held: Note[];
  /** Their notes on anonymous boards, which the document shows without an author. */
  owned: NoteId[];
  /** Dots per board in the current rounds. */
  ballots: Record<BoardId, NoteId[]>;
  /** Facilitators only: held notes per board and participant, during private writing. */
  heldBy: Record<BoardId, Record<ParticipantId, number>>;
}

export const useMyBoard = create<MyBoardState>(() => ({ held: [], owned: [], ballots: {}, heldBy: {} }));

export const setHeldNotes = (held: Note[]) => useMyBoard.setState({ held });
export const setOwnedNotes = (owned: NoteId[]) => useMyBoard.setState({ owned });
export const setMyBallots = (ballots: Record<BoardId, NoteId[]>) => useMyBoard.setState({ ballots });
export const setHeldBy = (heldBy: Record<BoardId, Record<ParticipantId, number>>) => useMyBoard.setState({ heldBy });

/**
 * The breakout groups' notes, clusters and commitments this socket may see (its own group's; every
 * group's to facilitators), from `breakout:boards`. Kept in this module, not one of its own: a module of its
 * own became a chunk of its own, one more request on the phone's budget.
 */
export const useGroupBoards = create<GroupBoards>(() => ({ notes: [], clusters: [], commitments: [] }));

export const setGroupBoards = (view: GroupBoards) => useGroupBoards.setState(view);
