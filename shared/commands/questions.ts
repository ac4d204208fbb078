/** Questions to the speakers: ask, upvote, answered or parked. */
import type { QuestionId } from '../model.ts';
import { AskInput, ModerateQuestionInput, UpvoteInput } from '../schemas/questions.ts';
import { answers, command, creating } from './define.ts';

export const QUESTIONS_COMMANDS = {
  'question:ask': creating(AskInput, answers<{ id: QuestionId; talkId: string }>()),
  /** Answers with the caller's own state and the new count, so the button is right after any retry. */
  'question:upvote': command(UpvoteInput, answers<{ upvoted: boolean; upvotes: number }>()),
  'question:moderate': command(ModerateQuestionInput, answers<null>()),
};
