/** Reconnect delays: a random 20–180 % of a base that grows by half per attempt, up to the cap. */
import { describe, expect, it } from 'vitest';
import { reconnectDelay } from '../../client/src/net/backoff.ts';

describe('reconnectDelay', () => {
  it.each([
    [0, 400, 3600],
    [1, 600, 5400],
    [2, 800, 7200],
    [40, 800, 7200],
  ])('attempt %i waits between %i and %i ms', (attempt, low, high) => {
    expect(reconnectDelay(attempt, () => 0)).toBeCloseTo(low);
    expect(reconnectDelay(attempt, () => 1)).toBeCloseTo(high);
  });

  it('draws every wait afresh, so two clients on the same attempt part ways', () => {
    const waits = new Set(Array.from({ length: 50 }, () => Math.round(reconnectDelay(3))));
    expect(waits.size).toBeGreaterThan(40);
  });
});
