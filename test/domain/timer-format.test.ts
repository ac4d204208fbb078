/** How the countdown reads and what colour it takes, from the timer and what is left. */
import { describe, expect, it } from 'vitest';
import type { Timer } from '../../shared/model.ts';
import { countdownTone, formatRemaining, type Tone } from '../../shared/countdown.ts';

const MIN = 60_000;
const timer = (over: Partial<Timer>): Timer => ({
  status: 'running',
  durationMs: 10 * MIN,
  endsAt: 0,
  remainingMs: 0,
  version: 1,
  endedAt: null,
  ...over,
});

describe('countdown', () => {
  it.each([
    [10 * MIN, '10:00'],
    [61_001, '01:02'],
    [500, '00:01'],
    [0, '00:00'],
    [-500, '−00:00'],
    [-42_000, '−00:42'],
    [-(2 * MIN + 10_000), '−02:10'],
    [65 * MIN + 3000, '1:05:03'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text);
  });

  it.each<[string, Partial<Timer>, number, Tone]>([
    ['running with time to spare', {}, 5 * MIN, 'ok'],
    ['the last fifth of ten minutes', {}, 2 * MIN, 'warn'],
    ['just before the last fifth', {}, 2 * MIN + 1000, 'ok'],
    ['a short timer warns for its last 30 s', { durationMs: MIN }, 30_000, 'warn'],
    ['a long timer warns for its last 2 min only', { durationMs: 60 * MIN }, 3 * MIN, 'ok'],
    ['over by the local clock, before the server marks it', {}, -1, 'over'],
    ['marked over by the server', { endedAt: 5 }, 0, 'over'],
    ['paused in an overrun', { status: 'paused', endedAt: 5 }, -MIN, 'over'],
    ['paused', { status: 'paused' }, 3 * MIN, 'paused'],
    ['idle', { status: 'idle' }, 10 * MIN, 'idle'],
  ])('%s is %s', (_name, t, remaining, tone) => {
    expect(countdownTone(timer(t), remaining)).toBe(tone);
  });
});
