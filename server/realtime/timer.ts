/** Timer commands (facilitator only). The server ends the countdown itself: see workshops/timer-scheduler.ts. */
import { ok } from '../../shared/errors.ts';
import { Empty } from '../../shared/schemas/session.ts';
import { TimerAdjust, TimerStart } from '../../shared/schemas/agenda-commands.ts';
import { liveIndex, stepLengthMs } from '../domain/steps.ts';
import { agendaSteps } from '../../shared/schedule.ts';
import type { WorkshopState } from '../domain/state.ts';
import { adjustTimer, decideTimer, pauseTimer, resetTimer, resumeTimer, startTimer } from '../domain/timer.ts';
import { executorFor } from './agenda.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** The live step's length, or the timer's own length before the day starts. */
function presetMs(s: WorkshopState): number {
  const step = agendaSteps(s.pub.room.agenda)[liveIndex(s)];
  return step ? stepLengthMs(step) : s.pub.room.timer.durationMs;
}

/** Registers the timer commands on one socket. */
export async function registerTimer(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const run = executorFor(socket, ctx);
  const spec = { action: 'timer.control' } as const;
  onCommand(socket, ctx, 'timer:start', { ...spec, schema: TimerStart }, async ({ durationMs }) =>
    run('timer:start', { durationMs }, (s, now) =>
      decideTimer(s, (t) =>
        ok(startTimer(t, durationMs ?? (t.status === 'idle' && t.remainingMs > 0 ? t.remainingMs : presetMs(s)), now)),
      ),
    ),
  );
  onCommand(socket, ctx, 'timer:pause', { ...spec, schema: Empty }, async () =>
    run('timer:pause', null, (s, now) => decideTimer(s, (t) => pauseTimer(t, now))),
  );
  onCommand(socket, ctx, 'timer:resume', { ...spec, schema: Empty }, async () =>
    run('timer:resume', null, (s, now) => decideTimer(s, (t) => resumeTimer(t, now))),
  );
  onCommand(socket, ctx, 'timer:adjust', { ...spec, schema: TimerAdjust }, async ({ deltaMs }) =>
    run('timer:adjust', { deltaMs }, (s, now) => decideTimer(s, (t) => ok(adjustTimer(t, deltaMs, now)))),
  );
  onCommand(socket, ctx, 'timer:reset', { ...spec, schema: Empty }, async () =>
    run('timer:reset', null, (s) => decideTimer(s, (t) => ok(resetTimer(t, presetMs(s))))),
  );
}
