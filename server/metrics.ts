/**
 * Opt-in runtime metrics for the benchmark (PLENARY_METRICS=1): what can only be measured inside
 * the process. On SIGUSR2 one JSON line goes to stdout and every histogram restarts, so the
 * benchmark reads one window per phase: event-loop delay and utilisation, CPU time, GC pauses,
 * the per-stage timings of commands (server/stages.ts), and memory after a full collection
 * (started with --expose-gc), so per-connection figures are not GC noise. With
 * PLENARY_PROFILE_DIR set, each window is also a V8 CPU profile written there.
 * Off by default: nothing runs unless asked.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { constants, createHistogram, PerformanceObserver, performance } from 'node:perf_hooks';
import { monitorLoopDelay } from './loop-delay.ts';
import { STAGES, TALLIES, type Stage, type Stages, type Tally } from './stages.ts';

/** Upper bounds (ms) of the buckets the benchmark prints each stage's histogram in; the last is open. */
export const BUCKETS_MS = [0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] as const;

export interface Distribution {
  n: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  totalMs: number;
  /** Counts per bucket of BUCKETS_MS, plus one for everything above the last. */
  buckets: number[];
}

export interface MetricsLine {
  metrics: {
    eventLoopDelayP50Ms: number;
    eventLoopDelayP99Ms: number;
    eventLoopDelayMaxMs: number;
    /** Share of the window the event loop was busy (0–1). */
    eventLoopUtilization: number;
    cpuUserMs: number;
    cpuSystemMs: number;
    gc: { all: Distribution; major: Distribution };
    stages: Record<Stage, Distribution>;
    tallies: Record<Tally, number>;
    rssBytes: number;
    heapUsedBytes: number;
    heapTotalBytes: number;
    externalBytes: number;
    arrayBuffersBytes: number;
    /** The CPU profile of the window that just ended, when profiling. */
    profile: string | null;
  };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** A millisecond histogram: exact percentiles (HDR, in µs) and the printable buckets. */
function createDistribution() {
  const h = createHistogram();
  let buckets = new Array<number>(BUCKETS_MS.length + 1).fill(0);
  let total = 0;
  return {
    record(ms: number) {
      h.record(Math.max(1, Math.round(ms * 1000)));
      total += ms;
      let i = 0;
      while (i < BUCKETS_MS.length && ms > BUCKETS_MS[i]!) i++;
      buckets[i]!++;
    },
    take(): Distribution {
      const n = h.count;
      const out = {
        n,
        p50Ms: n ? round(h.percentile(50) / 1000) : 0,
        p99Ms: n ? round(h.percentile(99) / 1000) : 0,
        maxMs: n ? round(h.max / 1000) : 0,
        totalMs: round(total),
        buckets,
      };
      h.reset();
      total = 0;
      buckets = new Array<number>(BUCKETS_MS.length + 1).fill(0);
      return out;
    },
  };
}

type Recorder = ReturnType<typeof createDistribution>;

/** Stage timings into histograms, read (and restarted) once per metrics window. */
function createStageRecorder(): Stages & { take(): Pick<MetricsLine['metrics'], 'stages' | 'tallies'> } {
  const dist = Object.fromEntries(STAGES.map((s) => [s, createDistribution()])) as Record<Stage, Recorder>;
  let tallies = Object.fromEntries(TALLIES.map((t) => [t, 0])) as Record<Tally, number>;
  return {
    mark: () => performance.now(),
    since: (stage, start) => dist[stage].record(performance.now() - start),
    count: (tally, n) => {
      tallies[tally] += n;
    },
    take() {
      const stages = Object.fromEntries(STAGES.map((s) => [s, dist[s].take()])) as Record<Stage, Distribution>;
      const out = { stages, tallies };
      tallies = Object.fromEntries(TALLIES.map((t) => [t, 0])) as Record<Tally, number>;
      return out;
    },
  };
}

/** GC pauses as the process's own performance timeline reports them, less the collections we force. */
function observeGc() {
  const all = createDistribution();
  const major = createDistribution();
  let forced = { from: 0, to: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Entries arrive after the fact: a forced collection is known by when it ran.
      if (entry.startTime >= forced.from && entry.startTime <= forced.to) continue;
      all.record(entry.duration);
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) major.record(entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    take: () => ({ all: all.take(), major: major.take() }),
    /** Runs a full collection that no window counts. */
    force(gc: () => void) {
      const from = performance.now();
      gc();
      forced = { from, to: performance.now() };
    },
  };
}

/** A V8 CPU profile per window, through the inspector protocol (no flag needed, nothing when unused). */
function profileWindows(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 250 });
  session.post('Profiler.start');
  let window = 0;
  return {
    /** Stops the running profile and writes it; answers the file. */
    stop(): Promise<string> {
      const file = path.join(dir, `server-window-${++window}.cpuprofile`);
      return new Promise((resolve, reject) =>
        session.post('Profiler.stop', (err, result) => {
          if (err) return reject(err);
          fs.writeFileSync(file, JSON.stringify(result.profile));
          resolve(file);
        }),
      );
    },
    start: () => session.post('Profiler.start'),
  };
}

/**
 * Starts the monitors for the life of the process and answers SIGUSR2 with a line written by
 * `write`; returns the stage recorder the server's modules report to.
 */
export function startMetrics(write: (line: string) => void, profileDir?: string): Stages {
  const loop = monitorLoopDelay();
  const stages = createStageRecorder();
  const gcPauses = observeGc();
  const profiler = profileDir ? profileWindows(profileDir) : null;
  let elu = performance.eventLoopUtilization();
  let cpu = process.cpuUsage();
  const gc = (globalThis as { gc?: () => void }).gc;
  const report = async () => {
    const used = process.cpuUsage(cpu);
    const window = {
      eventLoopDelayP50Ms: loop.p50Ms(),
      eventLoopDelayP99Ms: loop.p99Ms(),
      eventLoopDelayMaxMs: loop.maxMs(),
      eventLoopUtilization: Math.round(performance.eventLoopUtilization(elu).utilization * 1000) / 1000,
      cpuUserMs: Math.round(used.user / 1000),
      cpuSystemMs: Math.round(used.system / 1000),
      gc: gcPauses.take(),
      ...stages.take(),
    };
    // Paused while the line is made: the forced collection below must not count as a late turn.
    loop.pause();
    const profile = profiler ? await profiler.stop() : null;
    // The collection is part of no window: after this one's figures, before the next one starts.
    if (gc) gcPauses.force(gc);
    const mem = process.memoryUsage();
    const line: MetricsLine = {
      metrics: {
        ...window,
        rssBytes: mem.rss,
        heapUsedBytes: mem.heapUsed,
        heapTotalBytes: mem.heapTotal,
        externalBytes: mem.external,
        arrayBuffersBytes: mem.arrayBuffers,
        profile,
      },
    };
    write(JSON.stringify(line));
    loop.restart();
    elu = performance.eventLoopUtilization();
    cpu = process.cpuUsage();
    profiler?.start();
  };
  process.on('SIGUSR2', () => void report());
  return stages;
}
