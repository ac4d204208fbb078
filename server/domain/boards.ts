/** Board modes: open for writing, private (notes held back until reveal), or locked. */
import type { BoardId, BoardMode } from '../../shared/model.ts';
import type { WorkshopState } from './state.ts';

/** Sets a board's mode and remote writing; an unknown board leaves the state as it is. */
export function setBoardMode(s: WorkshopState, boardId: BoardId, mode: BoardMode, remoteWriting?: boolean): WorkshopState {
  const board = s.pub.boards[boardId];
  if (!board) return s;
  const nextRemote = remoteWriting ?? board.remoteWriting;
  if (board.mode === mode && board.remoteWriting === nextRemote) return s;
  return { ...s, pub: { ...s.pub, boards: { ...s.pub.boards, [boardId]: { ...board, mode, remoteWriting: nextRemote } } } };
}
