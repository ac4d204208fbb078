/** Agenda commands: enter a step, next, previous, finish the day, live edits, re-planning and the room screen's settings (facilitator only). */
import { Empty } from '../../shared/schemas/session.ts';
import { AgendaEdit, Replan, RoomDisplayInput, StepTarget } from '../../shared/schemas/agenda-commands.ts';
import { setRoomDisplay } from '../domain/display.ts';
import { editAgenda } from '../domain/agenda-edit.ts';
import { replanDay } from '../domain/schedule.ts';
import { enterStep, finishDay, stepBy } from '../domain/steps.ts';
import type { Decide } from '../workshops/hub.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** Runs a decision through the hub on behalf of this socket. */
export function executorFor(socket: PlenarySocket, ctx: HandlerContext) {
  return <T>(type: string, payload: unknown, decide: Decide<T>) =>
    ctx.hub.execute(socket.data.code, { type, actor: `socket:${socket.id}`, payload }, decide);
}

/** Registers the agenda commands on one socket. */
export async function registerAgenda(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const run = executorFor(socket, ctx);
  const navigate = { action: 'agenda.navigate' } as const;
  onCommand(socket, ctx, 'agenda:enter', { ...navigate, schema: StepTarget }, async (input) =>
    run('agenda:enter', input, (s, now) => enterStep(s, input, now)),
  );
  onCommand(socket, ctx, 'agenda:next', { ...navigate, schema: Empty }, async () =>
    run('agenda:next', null, (s, now) => stepBy(s, 1, now)),
  );
  onCommand(socket, ctx, 'agenda:previous', { ...navigate, schema: Empty }, async () =>
    run('agenda:previous', null, (s, now) => stepBy(s, -1, now)),
  );
  onCommand(socket, ctx, 'agenda:finish', { ...navigate, schema: Empty }, async () =>
    run('agenda:finish', null, (s, now) => finishDay(s, now)),
  );
  onCommand(socket, ctx, 'agenda:edit', { action: 'agenda.edit', schema: AgendaEdit }, async (input) =>
    run('agenda:edit', input, (s, now) => editAgenda(s, input, now)),
  );
  onCommand(socket, ctx, 'room:display', { action: 'room.display', schema: RoomDisplayInput }, async (input) =>
    run('room:display', input, (s) => setRoomDisplay(s, input)),
  );
  onCommand(socket, ctx, 'agenda:replan', { action: 'agenda.edit', schema: Replan }, async (input) =>
    run('agenda:replan', input, (s, now) => replanDay(s, input, now)),
  );
}
