/** What a breakout's groups write, for the screens that count it: notes on copies of notes boards, commitments on copies of roles boards. */
import type { Breakout } from '../../../../shared/breakouts.ts';
import type { Board, BoardId } from '../../../../shared/model.ts';

export interface GroupWork {
  notes: boolean;
  commitments: boolean;
}

/** Which counts the group cards show; notes alone while the boards are not known. */
export function groupWork(b: Pick<Breakout, 'boardIds'>, boards: Record<BoardId, Board> | undefined): GroupWork {
  const kinds = new Set(b.boardIds.map((id) => boards?.[id]?.kind));
  const commitments = kinds.has('roles');
  return { notes: kinds.has('notes') || !commitments, commitments };
}
