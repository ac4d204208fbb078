/** Questions to the speakers: ask, upvote, answered or parked. */
import type { Ack } from '../errors.ts';
import type { QuestionId } from '../model.ts';
import type { AskInput, ModerateQuestionInput, UpvoteInput } from '../schemas/questions.ts';

export interface QuestionsCommands {
  'question:ask': (input: AskInput, ack: Ack<{ id: QuestionId; talkId: string }>) => void;
  /** Answers with the caller's own state and the new count, so the button is right after any retry. */
  'question:upvote': (input: UpvoteInput, ack: Ack<{ upvoted: boolean; upvotes: number }>) => void;
  'question:moderate': (input: ModerateQuestionInput, ack: Ack<null>) => void;
}

export interface QuestionsFacts {
  /** The questions this participant upvoted, on connect (each upvote ack carries later changes). Never broadcast. */
  'upvotes:mine': (questionIds: QuestionId[]) => void;
}
