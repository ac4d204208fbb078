/** What only this participant sees on the boards: their held notes and their dots. */
import { create } from 'zustand';
import type { BoardId, Note, NoteId } from '../../../shared/model.ts';

export interface MyBoardState {
  /** Notes written on private boards that the facilitator has not revealed yet. */
  held: Note[];
  /** Dots per board in the current rounds. */
  ballots: Record<BoardId, NoteId[]>;
}

export const useMyBoard = create<MyBoardState>(() => ({ held: [], ballots: {} }));

export const setHeldNotes = (held: Note[]) => useMyBoard.setState({ held });
export const setMyBallots = (ballots: Record<BoardId, NoteId[]>) => useMyBoard.setState({ ballots });
