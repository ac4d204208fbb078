/** What one participant, or the facilitators, are told about the boards beside the shared document. */
import type { BoardId, Note, NoteId, ParticipantId } from '../model.ts';

export interface BoardFacts {
  /** This participant's notes held back on private boards (only they receive them). On connect and on change. */
  'notes:mine': (notes: Note[]) => void;
  /** This participant's dots per board in the current rounds. On connect and on change. */
  'ballots:mine': (ballots: Record<BoardId, NoteId[]>) => void;
  /** This participant's notes on anonymous boards (ids only: the document names no author). On connect and on change. */
  'notes:owned': (noteIds: NoteId[]) => void;
  /** To facilitators only: how many held notes each participant has, per board (counts, never text). */
  'notes:heldBy': (counts: Record<BoardId, Record<ParticipantId, number>>) => void;
}
