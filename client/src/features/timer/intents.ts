/** What the facilitator can do to the timer, as plain functions buttons and keyboard shortcuts share. */
import { fail, type Result } from '../../../../shared/errors.ts';
import type { Timer } from '../../../../shared/model.ts';
import type { Connection } from '../../net/connection.ts';
import { useWorkshop } from '../../stores/workshop.ts';

const MIN = 60_000;

export interface TimerIntents {
  /** Starts a countdown of `minutes`, or of the preset (the live step's length) when omitted. */
  start(minutes?: number): Promise<Result<Timer>>;
  pause(): Promise<Result<Timer>>;
  resume(): Promise<Result<Timer>>;
  /** Start, pause or resume, whichever fits the timer now. */
  toggle(): Promise<Result<Timer>>;
  /** Adds (or, negative, takes away) minutes. */
  adjust(minutes: number): Promise<Result<Timer>>;
  reset(): Promise<Result<Timer>>;
}

/** Binds the intents to a connection; with none yet, each answers `offline`. */
export function timerIntents(connection: Connection | null): TimerIntents {
  const offline = () => Promise.resolve(fail<Timer>('offline'));
  if (!connection)
    return { start: offline, pause: offline, resume: offline, toggle: offline, adjust: offline, reset: offline };
  const c = connection;
  const self: TimerIntents = {
    start: (minutes) =>
      c.command('timer:start', minutes === undefined ? {} : { durationMs: Math.round(minutes * MIN) }),
    pause: () => c.command('timer:pause', null),
    resume: () => c.command('timer:resume', null),
    toggle() {
      const status = useWorkshop.getState().state?.room.timer.status;
      return status === 'running' ? self.pause() : status === 'paused' ? self.resume() : self.start();
    },
    adjust: (minutes) => c.command('timer:adjust', { deltaMs: Math.round(minutes * MIN) }),
    reset: () => c.command('timer:reset', null),
  };
  return self;
}
