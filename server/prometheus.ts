/**
 * What an operator watches, in Prometheus' text format (prom-client): connections by kind,
 * workshops in memory, commands by type and result, ack and commit latency, the event loop,
 * bytes sent, rate-limit refusals and store errors. Off unless METRICS=1; served at /metrics
 * (server/http/metrics-route.ts). One registry per server, no module-level state.
 */
import type { Socket } from 'node:net';
import client from 'prom-client';
import type { Result } from '../shared/errors.ts';
import type { WorkshopStore } from './persistence/port.ts';
import type { Stage, Stages } from './stages.ts';

/** Seconds: a command's answer is expected within tens of milliseconds, a commit within a few. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export interface GaugeSources {
  /** Open connections by kind: Socket.IO by screen, Yjs replicas. */
  connections: () => Record<string, number>;
  workshopsLoaded: () => number;
}

export interface OperatorMetrics {
  registry: client.Registry;
  /** Times the store's commits (the `commit` stage); pass to the hub through the server's stages. */
  stages: Stages;
  /** Every answered Socket.IO event: its result and the time from receipt to answer. */
  answered(event: string, result: Result<unknown>, ms: number): void;
  /** A rate budget refused a caller. */
  refused(budget: string): void;
  /** Counts the bytes written to this connection (HTTP, Socket.IO and Yjs alike). */
  countBytes(socket: Socket): void;
  /** The store with every failed call counted by operation. */
  instrument(store: WorkshopStore): WorkshopStore;
  /** Reads the gauges from `sources` at each scrape. */
  watch(sources: GaugeSources): void;
}

/** A registry with the process's own metrics (event-loop lag, memory, CPU, GC) and Plenary's. */
export function createOperatorMetrics(): OperatorMetrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  const registers = [registry];
  let sources: GaugeSources | null = null;

  const commands = new client.Counter({
    name: 'plenary_commands_total',
    help: 'Socket.IO events answered, by type and result (ok or the error code)',
    labelNames: ['type', 'result'],
    registers,
  });
  const ack = new client.Histogram({
    name: 'plenary_ack_latency_seconds',
    help: 'From an event received to its answer sent (for a write: decided, on disk, acknowledged)',
    labelNames: ['type'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const commit = new client.Histogram({
    name: 'plenary_commit_latency_seconds',
    help: 'One group commit written and synced by the store',
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const refusals = new client.Counter({
    name: 'plenary_rate_limit_refusals_total',
    help: 'Callers refused by a rate budget, by budget',
    labelNames: ['budget'],
    registers,
  });
  const storeErrors = new client.Counter({
    name: 'plenary_store_errors_total',
    help: 'Store calls that failed, by operation',
    labelNames: ['operation'],
    registers,
  });
  let closedBytes = 0;
  const open = new Set<Socket>();
  new client.Counter({
    name: 'plenary_bytes_sent_total',
    help: 'Bytes written to every connection (HTTP, Socket.IO, Yjs)',
    registers,
    collect() {
      let live = 0;
      for (const s of open) live += s.bytesWritten;
      this.reset();
      this.inc(closedBytes + live);
    },
  });
  new client.Gauge({
    name: 'plenary_connections',
    help: 'Open connections by kind',
    labelNames: ['kind'],
    registers,
    collect() {
      this.reset();
      for (const [kind, n] of Object.entries(sources?.connections() ?? {})) this.set({ kind }, n);
    },
  });
  new client.Gauge({
    name: 'plenary_workshops_loaded',
    help: 'Workshops held in memory',
    registers,
    collect() {
      this.set(sources?.workshopsLoaded() ?? 0);
    },
  });

  const stages: Stages = {
    mark: () => performance.now(),
    since: (stage: Stage, start: number) => {
      if (stage === 'commit') commit.observe((performance.now() - start) / 1000);
    },
    count: () => undefined,
  };

  return {
    registry,
    stages,
    answered(event, result, ms) {
      commands.inc({ type: event, result: result.ok ? 'ok' : result.error });
      ack.observe({ type: event }, ms / 1000);
    },
    refused: (budget) => refusals.inc({ budget }),
    countBytes(socket) {
      open.add(socket);
      socket.once('close', () => {
        open.delete(socket);
        closedBytes += socket.bytesWritten;
      });
    },
    instrument(store) {
      const counted =
        (operation: string, f: (...a: never[]) => Promise<unknown>) =>
        (...args: never[]) =>
          f(...args).catch((err: unknown) => {
            storeErrors.inc({ operation });
            throw err;
          });
      const out = { ...store };
      for (const [name, f] of Object.entries(store))
        if (typeof f === 'function') (out as Record<string, unknown>)[name] = counted(name, f.bind(store));
      return out;
    },
    watch(s) {
      sources = s;
    },
  };
}

/** Both recorders: the benchmark's stage histograms and the operator's, when both are on. */
export function bothStages(a: Stages, b: Stages): Stages {
  return {
    mark: () => Math.max(a.mark(), b.mark()),
    since: (stage, start) => {
      a.since(stage, start);
      b.since(stage, start);
    },
    count: (tally, n) => {
      a.count(tally, n);
      b.count(tally, n);
    },
  };
}
