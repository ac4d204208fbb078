/** Stable error codes shared by server and client; tests and translations key on these. */
export const ERROR_CODES = [
  'bad_request',
  'not_found',
  'forbidden',
  'unauthorized',
  'rate_limited',
  'payload_too_large',
  'conflict',
  'not_joined',
  'already_joined',
  'board_locked',
  'board_closed',
  'remote_writing_closed',
  'not_owner',
  'vote_not_open',
  'vote_closed',
  'vote_budget_spent',
  'vote_stacking_not_allowed',
  'no_vote_to_retract',
  'timer_not_running',
  'timer_not_paused',
  'invalid_agenda',
  'nothing_to_undo',
  'review_not_open',
  'limit_reached',
  'in_use',
  'own_question',
  'day_not_started',
  'not_running_late',
  'no_time_left',
  'out_of_day',
  // breakout groups
  'no_breakout',
  'no_such_group',
  'in_two_groups',
  'not_in_group',
  'not_rapporteur',
  'own_group',
  'already_merged',
  'offline',
  /** people:merge of a person with themselves. */
  'same_person',
  /** people:merge of a co-facilitator: their rights would move with them. */
  'staff_not_merged',
  /** board:anonymous on: the board has notes already, whose authors were seen. */
  'anonymous_too_late',
  /** board:anonymous off: notes were written on the promise that no name goes with them. */
  'anonymous_kept',
  /** The server cannot reach its database: nothing was done; queued notes are kept and sent later. */
  'unavailable',
  /** A participant's token is past TOKEN_TTL_HOURS after the day was finished: it opens nothing any more. */
  'token_expired',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorCode; detail?: string };

/** Wraps a success value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a stable error code; `detail` is for humans and never carries exception text. */
export function fail<T = never>(error: ErrorCode, detail?: string): Result<T> {
  return detail === undefined ? { ok: false, error } : { ok: false, error, detail };
}

/** Socket.IO acknowledgement callback carrying a Result. */
export type Ack<T> = (result: Result<T>) => void;
