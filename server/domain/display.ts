/** What the facilitator lets the room screen show (the schedule drift, how the action list is ordered) and whether follow screens see names. */
import { ok, type Result } from '../../shared/errors.ts';
import type { RoomDisplay } from '../../shared/model.ts';
import type { RoomDisplayInput } from '../../shared/schemas/agenda-commands.ts';
import type { Decision, WorkshopState } from './state.ts';

/** The settings every room starts with, and that rooms stored before they existed read as. */
export const DEFAULT_DISPLAY: RoomDisplay = { showDrift: true, actionOrder: 'date', followerNames: true };

/** Changes the given settings and keeps the others. */
export function setRoomDisplay(s: WorkshopState, input: RoomDisplayInput): Result<Decision<RoomDisplay>> {
  const display: RoomDisplay = { ...DEFAULT_DISPLAY, ...s.pub.room.display, ...input };
  return ok({ state: { ...s, pub: { ...s.pub, room: { ...s.pub.room, display } } }, value: display });
}
