/** Questions to the speakers: what a participant is told of their own upvotes. */
import type { QuestionId } from '../model.ts';

export interface QuestionsFacts {
  /** The questions this participant upvoted, on connect (each upvote ack carries later changes). Never broadcast. */
  'upvotes:mine': (questionIds: QuestionId[]) => void;
}
