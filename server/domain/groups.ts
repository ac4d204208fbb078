/** Named clusters of notes on a board; the facilitator creates, renames, deletes and fills them. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Group, GroupId, Note } from '../../shared/model.ts';
import type { GroupCreateInput, NotesMoveInput } from '../../shared/schemas/boards.ts';
import { clearFocusOn } from './focus.ts';
import type { Decision, WorkshopState } from './state.ts';
import { recordUndo } from './undo.ts';
import { ownEntry } from '../../shared/ids.ts';

/** Creates a group at the end of its board's order; a repeat of the same id is a conflict. */
export function createGroup(s: WorkshopState, input: GroupCreateInput): Result<Decision<{ id: GroupId }>> {
  if (!ownEntry(s.pub.boards, input.boardId)) return fail('not_found');
  if (ownEntry(s.pub.groups, input.id)) return fail('conflict', 'group id in use');
  const orders = Object.values(s.pub.groups)
    .filter((g) => g.boardId === input.boardId)
    .map((g) => g.order);
  const group: Group = { id: input.id, boardId: input.boardId, title: input.title, order: Math.max(0, ...orders) + 1 };
  return ok({
    state: { ...s, pub: { ...s.pub, groups: { ...s.pub.groups, [group.id]: group } } },
    value: { id: group.id },
  });
}

/** Renames a group; undoable, since the old title is the room's work too. */
export function renameGroup(s: WorkshopState, groupId: GroupId, title: string, now: number): Result<Decision<null>> {
  const group = ownEntry(s.pub.groups, groupId);
  if (!group) return fail('not_found');
  const next = { ...s, pub: { ...s.pub, groups: { ...s.pub.groups, [groupId]: { ...group, title } } } };
  return ok({ state: recordUndo(s, next, 'group:rename', now), value: null });
}

/** Deletes a group; its notes stay on the board, ungrouped. Undo restores group and membership. */
export function deleteGroup(s: WorkshopState, groupId: GroupId, now: number): Result<Decision<null>> {
  if (!ownEntry(s.pub.groups, groupId)) return fail('not_found');
  const { [groupId]: _gone, ...groups } = s.pub.groups;
  const notes: Record<string, Note> = { ...s.pub.notes };
  for (const note of Object.values(s.pub.notes))
    if (note.groupId === groupId) notes[note.id] = { ...note, groupId: null, updatedAt: now };
  const room = clearFocusOn(s.pub.room, { kind: 'group', id: groupId });
  const next = { ...s, pub: { ...s.pub, groups, notes, room } };
  return ok({ state: recordUndo(s, next, 'group:delete', now), value: null });
}

/**
 * Moves notes into a group (or out of any, with `groupId: null`) and optionally to a column:
 * the "select, then move to group" path and the drag path share it. All or nothing.
 */
export function moveNotes(s: WorkshopState, input: NotesMoveInput, now: number): Result<Decision<{ moved: number }>> {
  const group = input.groupId === null ? null : ownEntry(s.pub.groups, input.groupId);
  if (group === undefined) return fail('not_found');
  const notes: Record<string, Note> = { ...s.pub.notes };
  let moved = 0;
  for (const id of new Set(input.noteIds)) {
    const note = ownEntry(s.pub.notes, id);
    if (!note) return fail('not_found');
    if (group && note.boardId !== group.boardId) return fail('bad_request', 'group is on another board');
    const column = input.column ?? note.column;
    if (!ownEntry(s.pub.boards, note.boardId)?.columns.includes(column)) return fail('bad_request', 'unknown column');
    const groupId = group?.id ?? null;
    if (note.groupId === groupId && note.column === column) continue;
    notes[id] = { ...note, groupId, column, updatedAt: now };
    moved++;
  }
  if (moved === 0) return ok({ state: s, value: { moved } });
  const next = { ...s, pub: { ...s.pub, notes } };
  return ok({ state: recordUndo(s, next, 'notes:move', now), value: { moved } });
}
