/** Which questions each screen shows, and in what order; shared so every screen picks the same ones. */
import type { Agenda, LiveStep, Question } from './model.ts';

/** Where a question belongs when nothing on the agenda is live yet. */
export const NO_TALK = 'general';

/** The talk a question asked now belongs to: the live activity, else the live segment. */
export function liveTalkId(live: Pick<LiveStep, 'segmentId' | 'activityId'>): string {
  return live.activityId ?? live.segmentId ?? NO_TALK;
}

/**
 * The talks whose questions the live step shows: the live talk alone, or, in a step whose view
 * is `qa` (a session's "Questions and answers"), every step of its segment and the segment itself,
 * so the questions asked during each talk come back for the discussion.
 */
export function talksShown(agenda: Agenda, live: Pick<LiveStep, 'segmentId' | 'activityId'>): string[] {
  const segment = agenda.segments.find((s) => s.id === live.segmentId);
  const activity = segment?.activities.find((a) => a.id === live.activityId);
  const config = activity?.config ?? segment?.config;
  if (!segment || config?.view !== 'qa') return [liveTalkId(live)];
  return [segment.id, ...segment.activities.map((a) => a.id)];
}

const STATUS_ORDER = { open: 0, answered: 1, parked: 2 } as const;

/** Open questions first, then answered, then parked; most upvoted first within each, oldest first among equals. */
export function byStatusAndUpvotes(a: Question, b: Question): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    b.upvotes - a.upvotes ||
    a.createdAt - b.createdAt ||
    a.id.localeCompare(b.id)
  );
}

/** The open questions of the given talks, most upvoted first, oldest first among equals. */
export function openQuestions(questions: readonly Question[], talkIds: readonly string[]): Question[] {
  return questions.filter((q) => talkIds.includes(q.talkId) && q.status === 'open').sort(byStatusAndUpvotes);
}
