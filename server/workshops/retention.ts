/**
 * RETENTION_DAYS: a finished workshop is deleted that many days after its day was finished
 * (agenda:finish). Checked at start and then every hour on the workshop clock, so a test moves
 * days with a fake clock. A workshop never finished is kept: only its organiser knows it is over.
 */
import type { Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import type { WorkshopStore } from '../persistence/port.ts';
import type { WorkshopHub } from './hub.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const RETENTION_SWEEP_MS = 60 * 60 * 1000;

export interface RetentionDeps {
  hub: WorkshopHub;
  store: WorkshopStore;
  clock: Clock;
  log: Logger;
  days: number;
}

/** Whether a workshop finished at `finishedAt` has outlived `days` at `now`. */
export function pastRetention(finishedAt: number | null, days: number, now: number): boolean {
  return finishedAt !== null && now - finishedAt >= days * DAY_MS;
}

/** Starts the hourly sweep (the first one now); returns the way to stop it. */
export function startRetention(deps: RetentionDeps): { close(): void; sweep(): Promise<number> } {
  const { hub, store, clock, log, days } = deps;
  let timer: { cancel(): void } | null = null;
  let closed = false;

  /** Deletes every workshop past retention; answers how many. */
  async function sweep(): Promise<number> {
    const now = clock.now();
    let deleted = 0;
    // One created less than `days` ago cannot have finished `days` ago: not even loaded.
    for (const record of await store.listWorkshops()) {
      if (closed || now - record.createdAt < days * DAY_MS) continue;
      const w = await hub.get(record.code);
      if (!w || !pastRetention(w.state.pub.room.finishedAt, days, now)) continue;
      if (await hub.remove(record.code)) deleted++;
      log.info('workshop_retention_deleted', { code: record.code, days });
    }
    return deleted;
  }
  const run = () => {
    sweep()
      .catch((err: unknown) => log.error('retention_failed', { error: String(err) }))
      .finally(() => {
        if (!closed) timer = clock.setTimeout(run, RETENTION_SWEEP_MS);
      });
  };
  run();
  return {
    sweep,
    close() {
      closed = true;
      timer?.cancel();
    },
  };
}
