/** Socket.IO commands on notes: add (idempotent by the client's id), edit, delete, hide. */
import { NoteAddInput, NoteEditInput, NoteRefInput } from '../../shared/schemas/boards.ts';
import { addNote, deleteNote, editNote, hideNote } from '../domain/notes.ts';
import { runAs } from './board-actor.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';
import { sendPrivateFacts } from './private-facts.ts';

/** Registers the note commands on one socket and starts its private facts. */
export async function registerNotes(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const action = 'note.write';

  onCommand(socket, ctx, 'note:add', { schema: NoteAddInput, action }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'note:add', payload: input, commandId: input.id },
      (who) => (s, now) => addNote(s, who, input, now),
    ),
  );
  onCommand(socket, ctx, 'note:edit', { schema: NoteEditInput, action }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'note:edit', payload: input, commandId: input.commandId },
      (who) => (s, now) => editNote(s, who, input, now),
    ),
  );
  onCommand(socket, ctx, 'note:delete', { schema: NoteRefInput, action }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'note:delete', payload: input, commandId: input.commandId },
      (who) => (s, now) => deleteNote(s, who, input.noteId, now),
    ),
  );
  onCommand(socket, ctx, 'note:hide', { schema: NoteRefInput, action: 'note.moderate' }, async (input, actor) =>
    runAs(socket, ctx, actor, { type: 'note:hide', payload: input }, () => (s, now) => hideNote(s, input.noteId, now)),
  );

  await sendPrivateFacts(socket, ctx);
}
