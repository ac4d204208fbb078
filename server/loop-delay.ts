/**
 * Event-loop delay: how late the loop came back to a timer, in ms. Node's
 * `monitorEventLoopDelay` records the whole interval between two of its timer's turns, not the
 * lateness (an idle loop at resolution 10 reports 10.1 ms), so the resolution is taken off
 * every figure here. Until 4 December 2026 the bench printed the raw interval.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface LoopDelay {
  p50Ms(): number;
  p99Ms(): number;
  maxMs(): number;
  /** Stops sampling (while the process does something that must not count as a late turn). */
  pause(): void;
  /** Forgets what was sampled and samples again. */
  restart(): void;
}

/** How late a turn that came `intervalNs` after the last one was, with a timer every `resolutionMs`. */
export function lateByMs(intervalNs: number, resolutionMs: number): number {
  return Math.round(Math.max(0, intervalNs / 1e6 - resolutionMs) * 100) / 100;
}

/** Samples the loop every `resolutionMs` from now on. */
export function monitorLoopDelay(resolutionMs = 10): LoopDelay {
  const h = monitorEventLoopDelay({ resolution: resolutionMs });
  h.enable();
  const late = (ns: number) => (h.count > 0 ? lateByMs(ns, resolutionMs) : 0);
  return {
    p50Ms: () => late(h.percentile(50)),
    p99Ms: () => late(h.percentile(99)),
    maxMs: () => late(h.max),
    pause: () => h.disable(),
    restart() {
      h.reset();
      h.enable();
    },
  };
}
