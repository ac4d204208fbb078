/**
 * Agenda navigation, live agenda edits, re-planning and the timer: facilitator commands. Their
 * outcome reaches every screen through the shared document (room.live, room.timer,
 * room.agenda, actuals, boards, votes), so no separate fact is sent and no tick is broadcast.
 */
import type { Ack } from '../errors.ts';
import type { Agenda, LiveStep, RoomDisplay, Timer } from '../model.ts';
import type {
  AgendaEditInput,
  ReplanInput,
  RoomDisplayInput,
  StepTargetInput,
  TimerAdjustInput,
  TimerStartInput,
} from '../schemas/agenda-commands.ts';

export interface AgendaCommands {
  /** Enters a segment (at its first activity, if it has any) or one activity. */
  'agenda:enter': (input: StepTargetInput, ack: Ack<LiveStep>) => void;
  'agenda:next': (input: null, ack: Ack<LiveStep>) => void;
  'agenda:previous': (input: null, ack: Ack<LiveStep>) => void;
  /** Ends the day: the live step's actual end, votes closed, boards locked, timer stopped, room.finishedAt set. */
  'agenda:finish': (input: null, ack: Ack<{ finishedAt: number }>) => void;
  'agenda:edit': (input: AgendaEditInput, ack: Ack<Agenda>) => void;
  /** Answers with the minutes the rest of the day was shifted by (or shortened by). */
  'agenda:replan': (input: ReplanInput, ack: Ack<{ minutes: number }>) => void;
  /** Changes what the room screen shows (the drift, the action list's order); answers the new settings. */
  'room:display': (input: RoomDisplayInput, ack: Ack<RoomDisplay>) => void;
  /** Starts a countdown: `durationMs`, or the idle timer's preset, or the live step's length. */
  'timer:start': (input: TimerStartInput, ack: Ack<Timer>) => void;
  'timer:pause': (input: null, ack: Ack<Timer>) => void;
  'timer:resume': (input: null, ack: Ack<Timer>) => void;
  /** Extends (positive) or shortens (negative) by any amount. */
  'timer:adjust': (input: TimerAdjustInput, ack: Ack<Timer>) => void;
  /** Stops and sets back to the live step's length. */
  'timer:reset': (input: null, ack: Ack<Timer>) => void;
}
