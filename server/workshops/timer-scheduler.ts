/**
 * Ends each workshop's countdown on time, on the server: one timeout per workshop, armed at
 * the running timer's `endsAt` whenever the timer changes or a workshop is loaded (so a
 * restart mid-countdown still ends it, at once if the end passed while the server was down).
 */
import { ok } from '../../shared/errors.ts';
import type { Timer } from '../../shared/model.ts';
import type { Clock } from '../clock.ts';
import { SERVER } from '../domain/sender.ts';
import type { WorkshopState } from '../domain/state.ts';
import { decideTimer, expireTimer } from '../domain/timer.ts';
import type { Logger } from '../log.ts';
import type { WorkshopHub } from './hub.ts';
import type { LiveWorkshop } from './live.ts';

export interface TimerScheduler {
  close(): void;
}

/** Watches the hub and marks each running timer's end at its `endsAt`, using the injected clock. */
export function createTimerScheduler(deps: { hub: WorkshopHub; clock: Clock; log: Logger }): TimerScheduler {
  const { hub, clock, log } = deps;
  const armed = new Map<string, { version: number; cancel(): void }>();
  let closed = false;

  function arm(code: string, timer: Timer): void {
    const current = armed.get(code);
    if (current?.version === timer.version) return;
    current?.cancel();
    armed.delete(code);
    if (closed || timer.status !== 'running' || timer.endsAt === null || timer.endedAt !== null) return;
    const delay = timer.endsAt - clock.now();
    // Already over (it ended while the server was down): mark it now, not on the next tick.
    if (delay <= 0) {
      fire(code);
      return;
    }
    const handle = clock.setTimeout(() => fire(code), delay);
    armed.set(code, { version: timer.version, cancel: handle.cancel });
  }

  function fire(code: string): void {
    armed.delete(code);
    hub
      .execute(code, {
        type: 'timer:end',
        actor: SERVER,
        commandId: null,
        decide: (s, now) => decideTimer(s, (t) => ok(expireTimer(t, now))),
      })
      .then(async (r) => {
        // A failed write reloads the workshop, which arms it again; do not spin here.
        if (!r.ok) return log.warn('timer_end_refused', { code, error: r.error });
        // A timeout that fired a hair early leaves the timer running: arm it again.
        if (closed) return;
        const w = await hub.get(code);
        if (w) arm(code, w.state.pub.room.timer);
      })
      .catch((err: unknown) => log.error('timer_end_failed', { code, error: String(err) }));
  }

  const onChanged = (code: string, _prev: WorkshopState, next: WorkshopState) => arm(code, next.pub.room.timer);
  const onLoaded = (code: string, w: LiveWorkshop) => arm(code, w.state.pub.room.timer);
  // A deleted workshop's countdown ends with it; one another node owns now is run there, not here too.
  const disarm = (code: string) => {
    armed.get(code)?.cancel();
    armed.delete(code);
  };
  hub.events.on('changed', onChanged);
  hub.events.on('loaded', onLoaded);
  hub.events.on('deleted', disarm);
  hub.events.on('disowned', disarm);

  return {
    close() {
      closed = true;
      hub.events.off('changed', onChanged);
      hub.events.off('loaded', onLoaded);
      hub.events.off('deleted', disarm);
      hub.events.off('disowned', disarm);
      for (const a of armed.values()) a.cancel();
      armed.clear();
    },
  };
}
