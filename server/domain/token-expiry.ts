/**
 * A participant's device token is a credential for one meeting, not for ever: it opens the
 * workshop until TOKEN_TTL_HOURS after the day was finished (agenda:finish), then it is refused
 * (`token_expired`). A day not finished keeps its tokens: only the organiser knows it is over.
 * The facilitator key is not a participant token and is not touched by this rule.
 */
import type { WorkshopState } from './state.ts';

/** Three days: time for the follow-up questions and the report, not for a link found next year. */
export const DEFAULT_TOKEN_TTL_HOURS = 72;

const HOUR_MS = 60 * 60 * 1000;

export type TokenVerdict = 'valid' | 'expired';

/** Whether a token of a workshop finished at `finishedAt` (null: not finished) still opens it at `now`. */
export function tokenVerdict(finishedAt: number | null, ttlHours: number, now: number): TokenVerdict {
  return finishedAt !== null && now - finishedAt >= ttlHours * HOUR_MS ? 'expired' : 'valid';
}

/** Whether the participant tokens of workshop `s` no longer open it at `now` (every check applies this one rule). */
export function tokensExpired(s: WorkshopState, ttlHours: number, now: number): boolean {
  return tokenVerdict(s.pub.room.finishedAt, ttlHours, now) === 'expired';
}
