/** The closing review: what a participant is told of their own ratings. */
import type { NoteId, Rating } from '../model.ts';

export interface ExpectationsFacts {
  /** This participant's own ratings, on connect (each rate ack carries later changes). Never broadcast. */
  'ratings:mine': (ratings: Record<NoteId, Rating>) => void;
}
