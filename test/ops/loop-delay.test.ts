/**
 * The event-loop delay the bench and the metrics line report is the lateness of a turn, not the
 * sampling interval: Node's histogram records the whole interval (an idle loop shows 10.1 ms at
 * resolution 10), which until 4 December 2026 went into every figure.
 */
import { describe, expect, it } from 'vitest';
import { lateByMs, monitorLoopDelay } from '../../server/loop-delay.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('event-loop delay', () => {
  it('takes the sampling interval off each recorded interval', () => {
    expect(lateByMs(10_100_000, 10)).toBe(0.1);
    expect(lateByMs(9_000_000, 10)).toBe(0);
    expect(lateByMs(72_345_678, 10)).toBe(62.35);
  });

  it('reports a loop that waits as nearly on time, and a blocked turn by how long it was held', async () => {
    const loop = monitorLoopDelay(10);
    await pause(150);
    // With the raw histogram the median of an idle loop is never below the 10 ms interval.
    expect(loop.p50Ms()).toBeLessThan(10);
    const until = performance.now() + 60;
    while (performance.now() < until) {
      // Holds the loop for 60 ms, as a long synchronous task would.
    }
    await pause(50);
    expect(loop.maxMs()).toBeGreaterThanOrEqual(45);
    loop.restart();
    expect(loop.maxMs()).toBe(0);
    loop.pause();
  });
});
