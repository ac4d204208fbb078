/**
 * Where a command's time goes, stage by stage, for the benchmark: the hub, the group commit and
 * the Yjs host mark when a stage starts and record when it ends. Off unless the benchmark asks
 * (PLENARY_METRICS=1, server/metrics.ts), when every call is a no-op.
 */

/** The path of one note, in order: waiting for its workshop's queue, deciding, and so on to the replicas. */
export const STAGES = [
  /** execute() called → the command's turn in its workshop's queue. */
  'queue',
  /** The domain decision (pure). */
  'decide',
  /** The entity changes, and writing them into the document ahead of the disk. */
  'diff',
  /** Decided → its batch starts to be written. */
  'batch',
  /** One batch written and synced, as the event loop sees it (the store's promise). */
  'commit',
  /** One batch made durable in memory and announced (document, listeners, acks), per batch. */
  'announce',
  /** An update made durable → its frame written to every replica socket (the wait for the turn included). */
  'fanout',
  /**
   * A command asked (execute called) → its update written to every replica socket: the server's
   * whole share of a note's latency, one sample per command that changed the document.
   */
  'served',
] as const;
export type Stage = (typeof STAGES)[number];

/** Counts beside the timings: how much work each stage did. */
export const TALLIES = ['commands', 'batches', 'frames', 'socketWrites'] as const;
export type Tally = (typeof TALLIES)[number];

export interface Stages {
  /** A start mark in ms (monotonic); 0 when timing is off. */
  mark(): number;
  /** Records the time from `start` (a mark) to now under `stage`. */
  since(stage: Stage, start: number): void;
  count(tally: Tally, n: number): void;
}

/** What every module uses unless the benchmark asks for timings. */
export const NO_STAGES: Stages = { mark: () => 0, since: () => undefined, count: () => undefined };
