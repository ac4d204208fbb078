/** The countdown rules, driven by an injected clock: start, pause, resume, extend, shorten, overrun, reset. */
import { describe, expect, it } from 'vitest';
import type { Timer } from '../../shared/model.ts';
import { remainingAt } from '../../shared/timer.ts';
import {
  adjustTimer,
  expireTimer,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
} from '../../server/domain/timer.ts';
import { fakeClock } from '../helpers/fake-clock.ts';

const MIN = 60_000;
const idle: Timer = { status: 'idle', durationMs: 0, endsAt: null, remainingMs: 0, version: 0, endedAt: null };

type Step = [at: number, op: (t: Timer, now: number) => Timer];
const must = (r: ReturnType<typeof pauseTimer>): Timer => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const start = (ms: number) => (t: Timer, now: number) => startTimer(t, ms, now);
const pause = (t: Timer, now: number) => must(pauseTimer(t, now));
const resume = (t: Timer, now: number) => must(resumeTimer(t, now));
const adjust = (ms: number) => (t: Timer, now: number) => adjustTimer(t, ms, now);
const expire = (t: Timer, now: number) => expireTimer(t, now);

/** Runs `steps` at their clock offsets (ms after 0) and reads the timer at `readAt`. */
function play(steps: Step[], readAt: number) {
  const clock = fakeClock(0);
  let t = idle;
  for (const [at, op] of steps) {
    clock.advance(at - clock.now());
    t = op(t, clock.now());
  }
  clock.advance(readAt - clock.now());
  return { timer: t, remaining: remainingAt(t, clock.now()) };
}

describe('timer', () => {
  it.each<[string, Step[], number, Partial<Timer>, number]>([
    [
      'start counts down from endsAt',
      [[0, start(10 * MIN)]],
      4 * MIN,
      { status: 'running', endsAt: 10 * MIN, durationMs: 10 * MIN, endedAt: null },
      6 * MIN,
    ],
    [
      'pause keeps what is left, however long the pause',
      [
        [0, start(10 * MIN)],
        [3 * MIN, pause],
      ],
      50 * MIN,
      { status: 'paused', endsAt: null, remainingMs: 7 * MIN },
      7 * MIN,
    ],
    [
      'resume continues from what was left',
      [
        [0, start(10 * MIN)],
        [3 * MIN, pause],
        [20 * MIN, resume],
      ],
      21 * MIN,
      { status: 'running', endsAt: 27 * MIN },
      6 * MIN,
    ],
    [
      '+5 extends a running countdown and its length',
      [
        [0, start(10 * MIN)],
        [2 * MIN, adjust(5 * MIN)],
      ],
      2 * MIN,
      { endsAt: 15 * MIN, durationMs: 15 * MIN },
      13 * MIN,
    ],
    [
      '-1 shortens a running countdown',
      [
        [0, start(10 * MIN)],
        [2 * MIN, adjust(-MIN)],
      ],
      2 * MIN,
      { endsAt: 9 * MIN, durationMs: 9 * MIN },
      7 * MIN,
    ],
    [
      'shortening by more than is left stops at zero and ends it',
      [
        [0, start(10 * MIN)],
        [8 * MIN, adjust(-5 * MIN)],
      ],
      8 * MIN,
      { endsAt: 8 * MIN, endedAt: 8 * MIN },
      0,
    ],
    [
      '+1 on a paused countdown',
      [
        [0, start(10 * MIN)],
        [4 * MIN, pause],
        [5 * MIN, adjust(MIN)],
      ],
      9 * MIN,
      { status: 'paused', remainingMs: 7 * MIN },
      7 * MIN,
    ],
    [
      '+1 on an idle timer changes its preset',
      [[0, adjust(MIN)]],
      5 * MIN,
      { status: 'idle', durationMs: MIN, remainingMs: MIN },
      MIN,
    ],
    [
      'overrun: remaining goes negative and the end is marked',
      [
        [0, start(10 * MIN)],
        [10 * MIN, expire],
      ],
      12 * MIN,
      { status: 'running', endedAt: 10 * MIN },
      -2 * MIN,
    ],
    [
      'expiring early changes nothing',
      [
        [0, start(10 * MIN)],
        [9 * MIN, expire],
      ],
      9 * MIN,
      { endedAt: null, version: 1 },
      MIN,
    ],
    [
      '+5 during an overrun of 2 leaves 3 and clears the mark',
      [
        [0, start(10 * MIN)],
        [10 * MIN, expire],
        [12 * MIN, adjust(5 * MIN)],
      ],
      12 * MIN,
      { endedAt: null },
      3 * MIN,
    ],
    [
      'shortening during an overrun changes nothing',
      [
        [0, start(10 * MIN)],
        [10 * MIN, expire],
        [12 * MIN, adjust(-5 * MIN)],
      ],
      12 * MIN,
      { endedAt: 10 * MIN },
      -2 * MIN,
    ],
    [
      'pausing in an overrun keeps the negative time',
      [
        [0, start(MIN)],
        [MIN, expire],
        [3 * MIN, pause],
      ],
      9 * MIN,
      { status: 'paused', remainingMs: -2 * MIN, endedAt: MIN },
      -2 * MIN,
    ],
    [
      'pausing past zero before the server marked it marks it',
      [
        [0, start(MIN)],
        [2 * MIN, pause],
      ],
      2 * MIN,
      { endedAt: MIN },
      -MIN,
    ],
    [
      'restart replaces the countdown',
      [
        [0, start(10 * MIN)],
        [10 * MIN, expire],
        [11 * MIN, start(5 * MIN)],
      ],
      12 * MIN,
      { endsAt: 16 * MIN, endedAt: null },
      4 * MIN,
    ],
    [
      'reset stops and restores the length',
      [
        [0, start(10 * MIN)],
        [3 * MIN, (t) => resetTimer(t, 15 * MIN)],
      ],
      8 * MIN,
      { status: 'idle', endsAt: null, endedAt: null },
      15 * MIN,
    ],
  ])('%s', (_name, steps, readAt, expected, remaining) => {
    const { timer, remaining: left } = play(steps, readAt);
    expect(timer).toMatchObject(expected);
    expect(left).toBe(remaining);
  });

  it('bumps the version on every change, so stale facts can be ignored', () => {
    const { timer } = play(
      [
        [0, start(MIN)],
        [1, pause],
        [2, resume],
        [3, adjust(MIN)],
        [MIN * 3, expire],
      ],
      MIN * 3,
    );
    expect(timer.version).toBe(5);
  });

  it.each([
    ['pause when not running', (t: Timer) => pauseTimer(t, 0), 'timer_not_running'],
    ['resume when not paused', (t: Timer) => resumeTimer(startTimer(t, MIN, 0), 0), 'timer_not_paused'],
  ])('refuses to %s', (_name, op, error) => {
    expect(op(idle)).toEqual({ ok: false, error });
  });
});
