/** What the facilitator can do to the agenda, as plain functions buttons and keyboard shortcuts share. */
import { fail, type Result } from '../../../../shared/errors.ts';
import type { Agenda, LiveStep, RoomDisplay } from '../../../../shared/model.ts';
import type { AgendaEditInput, RoomDisplayInput } from '../../../../shared/schemas/agenda-commands.ts';
import type { Connection } from '../../net/connection.ts';

export interface AgendaIntents {
  /** Enters a segment (at its first activity) or one activity. */
  enter(segmentId: string, activityId?: string | null): Promise<Result<LiveStep>>;
  next(): Promise<Result<LiveStep>>;
  previous(): Promise<Result<LiveStep>>;
  /** Ends the day: the live step ends, votes close, boards lock, the timer stops. */
  finish(): Promise<Result<{ finishedAt: number }>>;
  edit(edit: AgendaEditInput): Promise<Result<Agenda>>;
  /** Shift the rest of the day by the drift, shorten what remains to keep the closing time, or start the plan now. */
  replan(mode: 'shift' | 'shorten' | 'start'): Promise<Result<{ minutes: number }>>;
  /** What the room screen shows: the drift, the order of the action list. */
  display(settings: RoomDisplayInput): Promise<Result<RoomDisplay>>;
}

/** Binds the intents to a connection; with none yet, each answers `offline`. */
export function agendaIntents(connection: Connection | null): AgendaIntents {
  if (!connection) {
    const offline = () => Promise.resolve(fail<never>('offline'));
    return {
      enter: offline,
      next: offline,
      previous: offline,
      finish: offline,
      edit: offline,
      replan: offline,
      display: offline,
    };
  }
  const c = connection;
  return {
    enter: (segmentId, activityId = null) => c.command('agenda:enter', { segmentId, activityId }),
    next: () => c.command('agenda:next', null),
    previous: () => c.command('agenda:previous', null),
    finish: () => c.command('agenda:finish', null),
    edit: (edit) => c.command('agenda:edit', edit),
    replan: (mode) => c.command('agenda:replan', { mode }),
    display: (settings) => c.command('room:display', settings),
  };
}
