/** Distributions for the report: percentiles by nearest rank, over plain millisecond samples. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array; NaN when empty so a missing figure shows. */
function rank(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** p50/p95/p99/max of `samples`, rounded to 0.01 ms. */
export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sorted.length,
    p50: r(rank(sorted, 50)),
    p95: r(rank(sorted, 95)),
    p99: r(rank(sorted, 99)),
    max: r(rank(sorted, 100)),
  };
}

/** Median of `samples` (the p50). */
export function median(samples: number[]): number {
  return summarize(samples).p50;
}

/** Ratio rounded to 0.01; NaN when the floor is missing or zero. */
export function ratio(ours: number, floor: number): number {
  return floor > 0 ? Math.round((ours / floor) * 100) / 100 : Number.NaN;
}

/** A monotonic clock in ms shared by every process on the machine (CLOCK_MONOTONIC), so send and receive times from different processes compare. */
export function monoMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
