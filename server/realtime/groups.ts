/** Socket.IO commands of the facilitator's grouping: create, rename, delete groups, move notes. */
import { GroupCreateInput, GroupRefInput, GroupRenameInput, NotesMoveInput } from '../../shared/schemas/boards.ts';
import { createGroup, deleteGroup, moveNotes, renameGroup } from '../domain/groups.ts';
import { runAs } from './board-actor.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** Registers the grouping commands on one socket. */
export async function registerGroups(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const manage = { action: 'group.manage' } as const;
  onCommand(socket, ctx, 'group:create', { schema: GroupCreateInput, ...manage }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'group:create', payload: input, commandId: input.id },
      () => (s) => createGroup(s, input),
    ),
  );
  onCommand(socket, ctx, 'group:rename', { schema: GroupRenameInput, ...manage }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'group:rename', payload: input },
      () => (s, now) => renameGroup(s, input.groupId, input.title, now),
    ),
  );
  onCommand(socket, ctx, 'group:delete', { schema: GroupRefInput, ...manage }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'group:delete', payload: input },
      () => (s, now) => deleteGroup(s, input.groupId, now),
    ),
  );
  onCommand(socket, ctx, 'notes:move', { schema: NotesMoveInput, ...manage }, async (input, actor) =>
    runAs(socket, ctx, actor, { type: 'notes:move', payload: input }, () => (s, now) => moveNotes(s, input, now)),
  );
}
