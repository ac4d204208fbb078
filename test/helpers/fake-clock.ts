/** A clock tests move by hand: `now` stands still until `advance`, which runs the timeouts that fall due. */
import type { Clock } from '../../server/clock.ts';

export interface FakeClock extends Clock {
  advance(ms: number): void;
  /** Timeouts waiting to fire. */
  pending(): number;
}

export function fakeClock(start = Date.UTC(2018, 5, 12, 7, 0)): FakeClock {
  let now = start;
  let seq = 0;
  const timeouts = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = seq++;
      timeouts.set(id, { at: now + Math.max(0, ms), fn });
      return { cancel: () => void timeouts.delete(id) };
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timeouts.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timeouts.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = until;
    },
    pending: () => timeouts.size,
  };
}

/** The real clock, running from `start` instead of now: a meeting day replayed at its own hour, in real time. */
export function clockFrom(start: number): Clock {
  const shift = start - Date.now();
  return {
    now: () => Date.now() + shift,
    setTimeout(fn, ms) {
      const handle = setTimeout(fn, ms);
      handle.unref?.();
      return { cancel: () => clearTimeout(handle) };
    },
  };
}
