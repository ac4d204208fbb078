/**
 * Group commit: commands decided in the same turn of the event loop are written in one
 * transaction with one disk sync, and the loop gets a turn between batches. Without it, a
 * backlog of commands ran back to back on promise continuations and the synchronous SQLite
 * driver held the event loop for the whole backlog: no pings, no reads, no other workshop.
 *
 * Batches are written one after the other, never two at once, and whatever must see the disk
 * exactly as the batches left it (a compaction) runs between two of them.
 */
import type { Commit, WorkshopStore } from '../persistence/port.ts';
import { NO_STAGES, type Stages } from '../stages.ts';

/** One command's commit, with what to do once its fate is known. */
export interface Queued {
  code: string;
  commit: Commit;
  /**
   * Asked when its batch is about to be written: true drops the commit unwritten (it was decided
   * on state a failed batch took back) and `failed` runs instead.
   */
  stale(): boolean;
  /** Runs once the batch is on disk, in queue order, before the next batch starts. */
  durable(): void;
  /** Runs when the batch failed or the commit was dropped, before the next batch starts. */
  failed(err: unknown): void;
}

export interface CommitBatcher {
  enqueue(queued: Queued): void;
  /** Runs `task` between two batches, when everything written so far is on disk and nothing else is being written. */
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

/** Creates a batcher that flushes on `setImmediate`, after the current I/O callbacks have run. */
export function createCommitBatcher(store: WorkshopStore, stages: Stages = NO_STAGES): CommitBatcher {
  const waiting: Queued[] = [];
  /** When each waiting commit was queued (a stage mark), index for index. */
  const queuedAt: number[] = [];
  const tasks: Array<() => Promise<void>> = [];
  let flushing: Promise<void> | null = null;

  async function flush(): Promise<void> {
    const batch: Queued[] = [];
    const marks = queuedAt.splice(0);
    for (const [i, q] of waiting.splice(0).entries()) {
      stages.since('batch', marks[i]!);
      if (q.stale()) q.failed(new StaleCommit());
      else batch.push(q);
    }
    if (batch.length > 0) await write(batch);
    for (const task of tasks.splice(0)) await task();
  }

  async function write(batch: Queued[]): Promise<void> {
    const started = stages.mark();
    try {
      await store.commitBatch(batch.map((q) => ({ code: q.code, commit: q.commit })));
    } catch (err) {
      for (const q of batch) q.failed(err);
      return;
    }
    stages.since('commit', started);
    stages.count('batches', 1);
    stages.count('commands', batch.length);
    const announced = stages.mark();
    for (const q of batch) q.durable();
    stages.since('announce', announced);
  }

  function schedule(): Promise<void> {
    flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(flush).finally(() => {
      flushing = null;
      if (waiting.length > 0 || tasks.length > 0) void schedule();
    });
    return flushing;
  }

  return {
    enqueue(queued) {
      waiting.push(queued);
      queuedAt.push(stages.mark());
      void schedule();
    },
    between(task) {
      return new Promise<void>((resolve, reject) => {
        tasks.push(() => task().then(resolve, reject));
        void schedule();
      });
    },
    async settled() {
      while (flushing || waiting.length > 0 || tasks.length > 0) await (flushing ?? schedule());
    },
  };
}
