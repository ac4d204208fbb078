/**
 * Opt-in runtime metrics for the benchmark (PLENARY_METRICS=1): event-loop delay can only be
 * measured inside the process. On SIGUSR2 one JSON line goes to stdout and the histogram restarts,
 * so the benchmark reads one window per phase. Off by default: nothing runs unless asked.
 * Started with --expose-gc, memory is read after a full collection, so per-connection figures
 * are not GC noise.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface MetricsLine {
  metrics: {
    eventLoopDelayP50Ms: number;
    eventLoopDelayP99Ms: number;
    eventLoopDelayMaxMs: number;
    rssBytes: number;
    heapUsedBytes: number;
  };
}

/** Starts the monitor for the life of the process and answers SIGUSR2 with a line written by `write`. */
export function startMetrics(write: (line: string) => void): void {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const gc = (globalThis as { gc?: () => void }).gc;
  const report = () => {
    const p50 = h.percentile(50);
    const p99 = h.percentile(99);
    const max = h.max;
    gc?.();
    const mem = process.memoryUsage();
    const line: MetricsLine = {
      metrics: {
        eventLoopDelayP50Ms: ms(p50),
        eventLoopDelayP99Ms: ms(p99),
        eventLoopDelayMaxMs: ms(max),
        rssBytes: mem.rss,
        heapUsedBytes: mem.heapUsed,
      },
    };
    write(JSON.stringify(line));
    h.reset();
  };
  process.on('SIGUSR2', report);
}
