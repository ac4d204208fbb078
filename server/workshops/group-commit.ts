/**
 * Group commit: commands decided in the same turn of the event loop are written in one
 * transaction with one disk sync, and the loop gets a turn between batches. Without it, a
 * backlog of commands ran back to back on promise continuations and the synchronous SQLite
 * driver held the event loop for the whole backlog: no pings, no reads, no other workshop.
 *
 * With a networked store the next batch is handed over before the last one answered (up to
 * `inFlight` at once; the store applies them in order, and each entry carries the version it was
 * decided on, so one that follows a failed batch is refused). Outcomes are told in batch order
 * all the same, and whatever must see the disk exactly as the batches left it (a compaction)
 * runs when none is out.
 */
import type { Commit, WorkshopStore } from '../persistence/port.ts';
import { NO_STAGES, type Stages } from '../stages.ts';

/** One command's commit, with what to do once its fate is known. */
export interface Queued {
  code: string;
  commit: Commit;
  /** The workshop's version the command was decided on. */
  version: number;
  /** The lease epoch it was decided under. */
  epoch: number;
  /**
   * Asked when its batch is about to be handed over: true drops the commit unwritten (it was
   * decided on state a failed batch took back) and `failed` runs instead.
   */
  stale(): boolean;
  /** Runs once the batch is on disk, in queue order, after every earlier batch's outcome. */
  durable(): void;
  /** Runs when the batch failed or the commit was dropped, after every earlier batch's outcome. */
  failed(err: unknown): void;
}

export interface CommitBatcher {
  enqueue(queued: Queued): void;
  /** Runs `task` when every batch handed over so far has answered and none is out. */
  between(task: () => Promise<void>): Promise<void>;
  /** Resolves when nothing queued now is still waiting for the disk. */
  settled(): Promise<void>;
}

/** Why a dropped commit failed: it was decided on state that a failed batch took back. */
export class StaleCommit extends Error {
  constructor() {
    super('decided on state a failed commit took back');
  }
}

/** Creates a batcher that forms a batch on `setImmediate`, after the current I/O callbacks have run. */
export function createCommitBatcher(store: WorkshopStore, stages: Stages = NO_STAGES, inFlight = 4): CommitBatcher {
  const waiting: Queued[] = [];
  /** When each waiting commit was queued (a stage mark), index for index. */
  const queuedAt: number[] = [];
  const tasks: Array<() => Promise<void>> = [];
  let out = 0;
  let runningTasks = false;
  let pumpDue = false;
  /** Outcomes are told along this chain, one batch after the other. */
  let told: Promise<void> = Promise.resolve();
  const idle: Array<() => void> = [];

  function pump(): void {
    if (pumpDue) return;
    pumpDue = true;
    setImmediate(() => {
      pumpDue = false;
      // A task needs the disk to itself: nothing more is handed over until it is done.
      if (runningTasks) return;
      if (tasks.length > 0) return void runTasksWhenIdle();
      if (waiting.length > 0 && out < inFlight) handOver(waiting.splice(0), queuedAt.splice(0));
      if (out === 0 && waiting.length === 0) for (const done of idle.splice(0)) done();
    });
  }

  function handOver(queued: Queued[], marks: number[]): void {
    const batch: Queued[] = [];
    for (const [i, q] of queued.entries()) {
      stages.since('batch', marks[i]!);
      if (q.stale()) q.failed(new StaleCommit());
      else batch.push(q);
    }
    if (batch.length === 0) return;
    out++;
    const started = stages.mark();
    const written = store
      .commitBatch(batch.map((q) => ({ code: q.code, commit: q.commit, version: q.version, epoch: q.epoch })))
      .then(
        () => null,
        (err: unknown) => err ?? new Error('commit failed'),
      );
    told = told.then(async () => {
      const err = await written;
      if (err) for (const q of batch) q.failed(err);
      else {
        stages.since('commit', started);
        stages.count('batches', 1);
        stages.count('commands', batch.length);
        const announced = stages.mark();
        for (const q of batch) q.durable();
        stages.since('announce', announced);
      }
      out--;
      pump();
    });
  }

  async function runTasksWhenIdle(): Promise<void> {
    if (runningTasks || out > 0) return;
    runningTasks = true;
    try {
      for (let task = tasks.shift(); task; task = tasks.shift()) await task();
    } finally {
      runningTasks = false;
      pump();
    }
  }

  return {
    enqueue(queued) {
      waiting.push(queued);
      queuedAt.push(stages.mark());
      pump();
    },
    between(task) {
      return new Promise<void>((resolve, reject) => {
        tasks.push(() => task().then(resolve, reject));
        pump();
      });
    },
    settled() {
      if (out === 0 && waiting.length === 0 && tasks.length === 0 && !runningTasks) return Promise.resolve();
      return new Promise<void>((resolve) => {
        idle.push(resolve);
        pump();
      });
    },
  };
}
