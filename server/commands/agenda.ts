/** Agenda and timer handlers: the facilitator moves through the day, edits and re-plans it, sets the room screen, runs the countdown. */
import type { AGENDA_COMMANDS } from '../../shared/commands/agenda.ts';
import { editAgenda } from '../domain/agenda-edit.ts';
import { setRoomDisplay } from '../domain/display.ts';
import { replanDay } from '../domain/schedule.ts';
import { enterStep, finishDay, resetCountdown, startCountdown, stepBy, whileDayRuns } from '../domain/steps.ts';
import { adjustTimer, decideTimer, pauseTimer, resumeTimer } from '../domain/timer.ts';
import { ok } from '../../shared/errors.ts';
import { byCommandId, handle, type Handlers } from './handler.ts';

const navigate = { action: 'agenda.navigate', by: 'staff' } as const;
const edit = { action: 'agenda.edit', by: 'staff' } as const;
const timer = { action: 'timer.control', by: 'staff' } as const;

export const AGENDA_HANDLERS: Handlers<keyof typeof AGENDA_COMMANDS> = {
  'agenda:enter': handle({ ...navigate, commandId: byCommandId, decide: (s, _, i, now) => enterStep(s, i, now) }),
  'agenda:next': handle({ ...navigate, commandId: byCommandId, decide: (s, _, _i, now) => stepBy(s, 1, now) }),
  'agenda:previous': handle({ ...navigate, commandId: byCommandId, decide: (s, _, _i, now) => stepBy(s, -1, now) }),
  'agenda:finish': handle({ ...navigate, commandId: byCommandId, decide: (s, _, _i, now) => finishDay(s, now) }),
  'agenda:edit': handle({ ...edit, commandId: byCommandId, decide: (s, _, i, now) => editAgenda(s, i, now) }),
  'agenda:replan': handle({ ...edit, commandId: byCommandId, decide: (s, _, i, now) => replanDay(s, i, now) }),
  'room:display': handle({
    action: 'room.display',
    by: 'staff',
    commandId: byCommandId,
    // Only the settings: the command id is not one of them.
    decide: (s, _, { commandId: _id, ...settings }) => setRoomDisplay(s, settings),
  }),
  'timer:start': handle({
    ...timer,
    commandId: byCommandId,
    decide: (s, _, i, now) => whileDayRuns(s, () => startCountdown(s, i.durationMs, now)),
  }),
  'timer:pause': handle({
    ...timer,
    commandId: byCommandId,
    decide: (s, _, _i, now) => whileDayRuns(s, () => decideTimer(s, (t) => pauseTimer(t, now))),
  }),
  'timer:resume': handle({
    ...timer,
    commandId: byCommandId,
    decide: (s, _, _i, now) => whileDayRuns(s, () => decideTimer(s, (t) => resumeTimer(t, now))),
  }),
  'timer:adjust': handle({
    ...timer,
    commandId: byCommandId,
    decide: (s, _, i, now) => whileDayRuns(s, () => decideTimer(s, (t) => ok(adjustTimer(t, i.deltaMs, now)))),
  }),
  'timer:reset': handle({ ...timer, commandId: byCommandId, decide: (s) => whileDayRuns(s, () => resetCountdown(s)) }),
};
