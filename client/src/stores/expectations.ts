/** This participant's own ratings in the closing review: from the server on connect, then from each ack. */
import { create } from 'zustand';
import type { NoteId, Rating } from '../../../shared/model.ts';

export const useMyRatings = create<{ ratings: Record<NoteId, Rating> }>(() => ({ ratings: {} }));

export const setMyRatings = (ratings: Record<NoteId, Rating>) => useMyRatings.setState({ ratings });
export const setMyRating = (noteId: NoteId, rating: Rating) =>
  useMyRatings.setState((s) => ({ ratings: { ...s.ratings, [noteId]: rating } }));
