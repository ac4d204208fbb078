/** Which questions the projector shows in Q&A; shared so every screen picks the same ones. */
import type { Question } from './model.ts';

/** The most upvoted open questions of one talk, oldest first among equals. */
export function topQuestions(questions: readonly Question[], talkId: string, limit: number): Question[] {
  return questions
    .filter((q) => q.talkId === talkId && q.status === 'open')
    .sort((a, b) => b.upvotes - a.upvotes || a.createdAt - b.createdAt)
    .slice(0, limit);
}

/** Where a question belongs when nothing on the agenda is live yet. */
export const NO_TALK = 'general';

/** The talk a question asked now belongs to: the live activity, else the live segment. */
export function liveTalkId(live: { segmentId: string | null; activityId: string | null }): string {
  return live.activityId ?? live.segmentId ?? NO_TALK;
}
