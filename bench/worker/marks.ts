/** What a worker's replicas saw, and when: one mark per note, timer version and vote status. */
import type * as Y from 'yjs';
import type { Timer, VoteRound } from '../../shared/model.ts';
import type { MarkRow } from '../protocol.ts';
import { monoMs } from '../stats.ts';

/**
 * The clock of a simulated device. Hundreds of simulated people share two processes here, so
 * replica 40 of a worker would apply a note only after 39 others applied it first: a wait nobody
 * in a room has, each person's device working alone. With the device clock (`asDevice`) a
 * replica's frames are stamped as they arrive and applied in a later turn, and what it shows is
 * timed at its frame's arrival plus the time its own apply took.
 */
let device: { arrivedAt: number; startedAt: number } | null = null;

/** Now, on the clock of the device whose work is running (the process's clock outside one). */
export function deviceNow(): number {
  const now = monoMs();
  return device ? device.arrivedAt + (now - device.startedAt) : now;
}

/** Runs `work` (one replica handling one frame that arrived at `arrivedAt`) on that replica's clock. */
export function asDevice(arrivedAt: number, work: () => void): void {
  device = { arrivedAt, startedAt: monoMs() };
  try {
    work();
  } finally {
    device = null;
  }
}

/** `handle`, run a turn after each call on the clock of that call (a frame's arrival). */
export function onDevice<A>(handle: (arg: A) => void): (arg: A) => void {
  return (arg) => {
    const arrivedAt = monoMs();
    setImmediate(() => asDevice(arrivedAt, () => handle(arg)));
  };
}

export class Marks {
  private seen = new Map<string, { count: number; last: number }>();

  hit(mark: string): void {
    const now = deviceNow();
    const m = this.seen.get(mark);
    if (m) {
      m.count++;
      m.last = now;
    } else this.seen.set(mark, { count: 1, last: now });
  }

  rows(prefix: string): MarkRow[] {
    const out: MarkRow[] = [];
    for (const [mark, m] of this.seen) if (mark.startsWith(prefix)) out.push([mark, m.count, m.last]);
    return out;
  }

  clear(): void {
    this.seen.clear();
  }
}

/**
 * Marks `n:<noteId>` when a note enters the document, `t:<version>` when the timer changes, and
 * `v:<boardId>:<status>` when a vote round changes: enough to time every fan-out the bench reports.
 */
export function watch(doc: Y.Doc, marks: Marks): void {
  doc.getMap('notes').observe((e) => {
    for (const [id, change] of e.changes.keys) if (change.action === 'add') marks.hit(`n:${id}`);
  });
  doc.getMap('room').observe((e) => {
    if (!e.keysChanged.has('timer')) return;
    const timer = e.target.get('timer') as Timer | undefined;
    if (timer) marks.hit(`t:${timer.version}`);
  });
  doc.getMap('votes').observe((e) => {
    for (const boardId of e.keysChanged) {
      const round = e.target.get(boardId) as VoteRound | undefined;
      if (round) marks.hit(`v:${boardId}:${round.status}`);
    }
  });
}
