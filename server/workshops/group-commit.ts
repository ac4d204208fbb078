/**
 * Group commit: commands decided in the same turn of the event loop are written in one
 * transaction with one disk sync, and the loop gets a turn between batches. Without it, a
 * backlog of commands ran back to back on promise continuations and the synchronous SQLite
 * driver held the event loop for the whole backlog: no pings, no reads, no other workshop.
 */
import type { BatchEntry, Commit, WorkshopStore } from '../persistence/port.ts';

export interface CommitBatcher {
  /**
   * Queues a commit for the next batch. `onDurable` runs once the batch is on disk, in queue
   * order and before the next batch starts, so announcements keep the order of commits.
   */
  enqueue(code: string, commit: Commit, onDurable: () => void): Promise<void>;
  /** Resolves when nothing queued now is still waiting for the disk. */
  settled(): Promise<void>;
}

interface Waiting {
  entry: BatchEntry;
  onDurable: () => void;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Creates a batcher that flushes on `setImmediate`, after the current I/O callbacks have run. */
export function createCommitBatcher(store: WorkshopStore): CommitBatcher {
  let waiting: Waiting[] = [];
  let flushing: Promise<void> | null = null;

  async function flush(): Promise<void> {
    const batch = waiting;
    waiting = [];
    try {
      await store.commitBatch(batch.map((w) => w.entry));
    } catch (err) {
      for (const w of batch) w.reject(err);
      return;
    }
    for (const w of batch) {
      w.onDurable();
      w.resolve();
    }
  }

  function schedule(): Promise<void> {
    flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(flush).finally(() => {
      flushing = null;
      if (waiting.length > 0) void schedule();
    });
    return flushing;
  }

  return {
    enqueue(code, commit, onDurable) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ entry: { code, commit }, onDurable, resolve, reject });
        void schedule();
      });
    },
    async settled() {
      while (flushing || waiting.length > 0) await (flushing ?? schedule());
    },
  };
}
