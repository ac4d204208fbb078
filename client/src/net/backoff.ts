/**
 * When to try again after a lost or refused connection. Every retry of every client waits a
 * random 20–180 % of a delay that grows by half per failed attempt up to a cap. The spread is
 * wide from the first retry on because a restart is seen by every client at the same instant:
 * with this schedule no 250 ms window after a restart takes more than about 15 % of the room
 * (test/hostile/reconnect-storm.test.ts), where a narrow jitter sent a third in one window.
 */

export const RECONNECT = { baseMs: 2000, factor: 1.5, maxMs: 4000, randomization: 0.8 } as const;

/** The wait before retry number `attempt` (0 for the first). */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const delay = Math.min(RECONNECT.maxMs, RECONNECT.baseMs * RECONNECT.factor ** Math.min(attempt, 16));
  return delay * (1 - RECONNECT.randomization + 2 * RECONNECT.randomization * random());
}

/**
 * WebSocket close codes after which a replica stops for good: the workshop is gone (4004) or
 * this client is refused (4003). Any other close is retried.
 */
export const FINAL_CLOSE_CODES: Readonly<Record<number, string>> = { 4004: 'not_found', 4003: 'forbidden' };

/** Socket.IO handshake refusals after which a socket stops for good (anything else is retried). */
export const FINAL_REFUSALS: ReadonlySet<string> = new Set([
  'not_found',
  'unauthorized',
  'bad_request',
  'forbidden',
  'token_expired',
]);
