/** Board modes: open for writing, private (notes held back until reveal), or locked. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { BoardId, BoardMode, Note } from '../../shared/model.ts';
import type { Decision, WorkshopState } from './state.ts';
import { ownEntry } from '../../shared/ids.ts';

/** Sets a board's mode and remote writing; an unknown board leaves the state as it is. */
export function setBoardMode(
  s: WorkshopState,
  boardId: BoardId,
  mode: BoardMode,
  remoteWriting?: boolean,
): WorkshopState {
  const board = ownEntry(s.pub.boards, boardId);
  if (!board) return s;
  const nextRemote = remoteWriting ?? board.remoteWriting;
  if (board.mode === mode && board.remoteWriting === nextRemote) return s;
  return {
    ...s,
    pub: { ...s.pub, boards: { ...s.pub.boards, [boardId]: { ...board, mode, remoteWriting: nextRemote } } },
  };
}

/** The facilitator's mode command: like setBoardMode, but an unknown board is an error. */
export function changeBoardMode(
  s: WorkshopState,
  boardId: BoardId,
  mode: BoardMode,
  remoteWriting?: boolean,
): Result<Decision<null>> {
  if (!ownEntry(s.pub.boards, boardId)) return fail('not_found');
  return ok({ state: setBoardMode(s, boardId, mode, remoteWriting), value: null });
}

/** Adds `delta` to a board's count of held notes. */
export function withHiddenCount(s: WorkshopState, boardId: BoardId, delta: number): WorkshopState {
  const board = ownEntry(s.pub.boards, boardId);
  if (!board) return s;
  return {
    ...s,
    pub: {
      ...s.pub,
      boards: { ...s.pub.boards, [boardId]: { ...board, hiddenCount: Math.max(0, board.hiddenCount + delta) } },
    },
  };
}

/**
 * Moves every note held on `boardId` into the shared document in one change, so the room
 * sees them all at once, and leaves the board open for writing (no longer private).
 */
export function revealBoard(s: WorkshopState, boardId: BoardId): Result<Decision<{ revealed: number }>> {
  const board = ownEntry(s.pub.boards, boardId);
  if (!board) return fail('not_found');
  const heldNotes: Record<string, Note> = {};
  const notes = { ...s.pub.notes };
  let revealed = 0;
  for (const [id, note] of Object.entries(s.priv.heldNotes)) {
    if (note.boardId !== boardId) heldNotes[id] = note;
    else {
      notes[id] = note;
      revealed++;
    }
  }
  const mode = board.mode === 'private' ? 'open' : board.mode;
  const boards = { ...s.pub.boards, [boardId]: { ...board, mode, hiddenCount: 0 } };
  return ok({ state: { pub: { ...s.pub, notes, boards }, priv: { ...s.priv, heldNotes } }, value: { revealed } });
}
