/** Reading a server-authoritative timer: what is left at a given server time. */
import type { Timer } from './model.ts';

/** Milliseconds left at server time `now`; negative once the countdown is over (overrun). */
export function remainingAt(t: Timer, now: number): number {
  return t.status === 'running' && t.endsAt !== null ? t.endsAt - now : t.remainingMs;
}

/** When the timer will (or did) reach zero at server time `now`: its end while running, now plus what is left otherwise. */
export function timerEndAt(t: Timer, now: number): number {
  return t.status === 'running' && t.endsAt !== null ? t.endsAt : now + t.remainingMs;
}
