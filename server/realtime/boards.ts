/** Socket.IO commands of the facilitator's board controls: mode, reveal, spotlight, undo. */
import { Empty } from '../../shared/schemas/session.ts';
import { BoardModeInput, BoardRefInput, FocusInput } from '../../shared/schemas/boards.ts';
import { changeBoardMode, revealBoard } from '../domain/boards.ts';
import { setFocus } from '../domain/focus.ts';
import { undoLast } from '../domain/undo.ts';
import { runAs } from './board-actor.ts';
import { onCommand } from './command.ts';
import type { HandlerContext, PlenarySocket } from './context.ts';

/** Registers the board control commands on one socket. */
export async function registerBoards(socket: PlenarySocket, ctx: HandlerContext): Promise<void> {
  const control = { action: 'board.control' } as const;
  onCommand(socket, ctx, 'board:mode', { schema: BoardModeInput, ...control }, async (input, actor) =>
    runAs(
      socket,
      ctx,
      actor,
      { type: 'board:mode', payload: input },
      () => (s) => changeBoardMode(s, input.boardId, input.mode, input.remoteWriting),
    ),
  );
  onCommand(socket, ctx, 'board:reveal', { schema: BoardRefInput, ...control }, async (input, actor) =>
    runAs(socket, ctx, actor, { type: 'board:reveal', payload: input }, () => (s) => revealBoard(s, input.boardId)),
  );
  onCommand(socket, ctx, 'focus:set', { schema: FocusInput, action: 'focus.set' }, async (input, actor) =>
    runAs(socket, ctx, actor, { type: 'focus:set', payload: input }, () => (s) => setFocus(s, input.focus)),
  );
  onCommand(socket, ctx, 'undo:last', { schema: Empty, action: 'undo' }, async (input, actor) =>
    runAs(socket, ctx, actor, { type: 'undo:last', payload: input }, () => (s) => undoLast(s)),
  );
}
