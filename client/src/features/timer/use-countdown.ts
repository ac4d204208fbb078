/** The live countdown: the room's timer and what is left by this device's corrected clock. */
import type { Timer } from '../../../../shared/model.ts';
import { remainingAt } from '../../../../shared/timer.ts';
import { useRoom } from '../../stores/workshop.ts';
import { useServerNow } from '../../ui/use-now.ts';
import { countdownTone, type Tone } from '../../../../shared/countdown.ts';

export interface Countdown {
  timer: Timer | null;
  remainingMs: number;
  tone: Tone;
}

/** Re-renders four times a second while running (no ticks come from the server), rarely otherwise. */
export function useCountdown(): Countdown {
  const timer = useRoom()?.timer ?? null;
  const now = useServerNow(timer?.status === 'running' ? 250 : 30_000);
  if (!timer) return { timer: null, remainingMs: 0, tone: 'idle' };
  const remainingMs = remainingAt(timer, now);
  return { timer, remainingMs, tone: countdownTone(timer, remainingMs) };
}
