/**
 * Keeps a Socket.IO socket connected by the schedule of backoff.ts. Socket.IO's own
 * reconnection is turned off for it: its delay is capped after the jitter, so once retries
 * reach the cap every client retries at the same interval, in step.
 */
import type { Socket } from 'socket.io-client';
import { FINAL_REFUSALS, reconnectDelay } from './backoff.ts';

/** Options for `io()` that leave reconnecting to `keepConnected`. */
export const MANUAL_RECONNECTION = { reconnection: false } as const;

/**
 * Retries `socket` after every lost connection and every refused attempt, except a removal by
 * the server ('io server disconnect') and a final refusal, which is reported to `onFinal`.
 * Returns a function that stops retrying.
 */
export function keepConnected(socket: Socket, onFinal: (reason: string) => void): () => void {
  let attempts = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const later = () => {
    if (retry || stopped) return;
    retry = setTimeout(() => {
      retry = null;
      if (!stopped && !socket.connected) socket.connect();
    }, reconnectDelay(attempts++));
  };
  socket.on('connect', () => {
    attempts = 0;
  });
  socket.on('disconnect', (reason) => {
    if (reason !== 'io server disconnect' && reason !== 'io client disconnect') later();
  });
  socket.on('connect_error', (err) => {
    if (FINAL_REFUSALS.has(err.message)) onFinal(err.message);
    else later();
  });
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
  };
}
