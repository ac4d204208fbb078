/** Spotlight: the board, group or note the projector and the follow screens show. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Focus, RoomState } from '../../shared/model.ts';
import type { Decision, WorkshopState } from './state.ts';
import { ownEntry } from '../../shared/ids.ts';

/** Puts `focus` in the spotlight (null clears it); what it names must exist on its board. */
export function setFocus(s: WorkshopState, focus: Focus | null): Result<Decision<null>> {
  if (focus && !ownEntry(s.pub.boards, focus.boardId)) return fail('not_found');
  if (focus?.kind === 'group' && ownEntry(s.pub.groups, focus.groupId)?.boardId !== focus.boardId)
    return fail('not_found');
  if (focus?.kind === 'note' && ownEntry(s.pub.notes, focus.noteId)?.boardId !== focus.boardId)
    return fail('not_found');
  return ok({ state: { ...s, pub: { ...s.pub, room: { ...s.pub.room, focus } } }, value: null });
}

/** The room without a spotlight on a note or group that is going away; unchanged otherwise. */
export function clearFocusOn(room: RoomState, target: { kind: 'note' | 'group'; id: string }): RoomState {
  const f = room.focus;
  if (!f || f.kind !== target.kind) return room;
  const id = f.kind === 'note' ? f.noteId : f.kind === 'group' ? f.groupId : null;
  return id === target.id ? { ...room, focus: null } : room;
}
