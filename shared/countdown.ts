/** How a countdown reads: `mm:ss` (or `h:mm:ss`), a minus sign in overrun, and its colour. */
import type { Timer } from './model.ts';

export type Tone = 'idle' | 'paused' | 'ok' | 'warn' | 'over';

const pad = (n: number) => String(n).padStart(2, '0');

/** `12:05`, `1:02:03`, or `−00:42` once over; positive times round up so zero shows at zero. */
export function formatRemaining(ms: number): string {
  const over = ms < 0;
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
  return over ? `−${body}` : body;
}

/** Amber for the last fifth of the countdown (between 30 s and 2 min), red once over. */
export function countdownTone(timer: Timer, remainingMs: number): Tone {
  if (remainingMs < 0 || timer.endedAt !== null) return 'over';
  if (timer.status === 'idle') return 'idle';
  if (timer.status === 'paused') return 'paused';
  const warnAt = Math.min(120_000, Math.max(30_000, timer.durationMs / 5));
  return remainingMs <= warnAt ? 'warn' : 'ok';
}
