/** Questions to the speakers: participants ask and upvote, the facilitator marks them answered or parked. */
import type { QUESTIONS_COMMANDS } from '../../shared/commands/questions.ts';
import { askQuestion, moderateQuestion, upvoteQuestion } from '../domain/questions.ts';
import { byCommandId, byCreatedId, handle, type Handlers } from './handler.ts';

export const QUESTIONS_HANDLERS: Handlers<keyof typeof QUESTIONS_COMMANDS> = {
  'question:ask': handle({
    action: 'question.ask',
    by: 'participant',
    commandId: byCreatedId,
    decide: (s, who, i, now) => askQuestion(s, who.participant, i, now),
  }),
  'question:upvote': handle({
    action: 'question.upvote',
    by: 'participant',
    commandId: byCommandId,
    decide: (s, who, i, now) => upvoteQuestion(s, who.participant, i, now),
  }),
  'question:moderate': handle({
    action: 'question.moderate',
    by: 'staff',
    commandId: byCommandId,
    decide: (s, _, i, now) => moderateQuestion(s, i, now),
  }),
};
