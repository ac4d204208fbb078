/**
 * Agenda navigation, live agenda edits, re-planning, the room screen's settings and the timer:
 * facilitator commands. Their
 * outcome reaches every screen through the shared document (room.live, room.timer,
 * room.agenda, actuals, boards, votes), so no separate fact is sent and no tick is broadcast.
 */
import type { Agenda, LiveStep, RoomDisplay, Timer } from '../model.ts';
import {
  AgendaEdit,
  Replan,
  RoomDisplayInput,
  StepTarget,
  TimerAdjust,
  TimerStart,
} from '../schemas/agenda-commands.ts';
import { answers, bare, command } from './define.ts';

export const AGENDA_COMMANDS = {
  /** Enters a segment (at its first activity, if it has any) or one activity. */
  'agenda:enter': command(StepTarget, answers<LiveStep>()),
  'agenda:next': bare(answers<LiveStep>()),
  'agenda:previous': bare(answers<LiveStep>()),
  /** Ends the day: the live step's actual end, votes closed, boards locked, timer stopped, room.finishedAt set. */
  'agenda:finish': bare(answers<{ finishedAt: number }>()),
  'agenda:edit': command(AgendaEdit, answers<Agenda>()),
  /** Answers with the minutes the rest of the day was shifted by (or shortened by). */
  'agenda:replan': command(Replan, answers<{ minutes: number }>()),
  /** Changes what the room screen shows (the drift, the action list's order); answers the new settings. */
  'room:display': command(RoomDisplayInput, answers<RoomDisplay>()),
  /** Starts a countdown: `durationMs`, or the idle timer's preset, or the live step's length. */
  'timer:start': command(TimerStart, answers<Timer>()),
  'timer:pause': bare(answers<Timer>()),
  'timer:resume': bare(answers<Timer>()),
  /** Extends (positive) or shortens (negative) by any amount. */
  'timer:adjust': command(TimerAdjust, answers<Timer>()),
  /** Stops and sets back to the live step's length. */
  'timer:reset': bare(answers<Timer>()),
};
