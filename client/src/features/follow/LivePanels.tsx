/**
 * The boards of the live step, each in the follow screen's form: notes by group, the questions
 * of the talk, the commitments, the closing review; while the room works in groups, the groups
 * (their boards' copies are not the follower's to read). The code of a kind comes only when a
 * step shows it.
 */
import { lazy, Suspense } from 'react';
import { liveBreakout } from '../../../../shared/breakouts.ts';
import type { Board } from '../../../../shared/model.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { BoardDigest } from './BoardDigest.tsx';

const Questions = lazy(() => import('../questions/Questions.tsx').then((m) => ({ default: m.Questions })));
const ExpectationsReview = lazy(() =>
  import('../expectations/ExpectationsReview.tsx').then((m) => ({ default: m.ExpectationsReview })),
);
const CommitmentList = lazy(() => import('./CommitmentList.tsx').then((m) => ({ default: m.CommitmentList })));
const BreakoutDigest = lazy(() => import('./BreakoutDigest.tsx').then((m) => ({ default: m.BreakoutDigest })));

function Panel({ board, reviewing }: { board: Board; reviewing: boolean }) {
  switch (board.kind) {
    case 'questions':
      return <Questions boardId={board.id} />;
    case 'roles':
      return <CommitmentList boardId={board.id} />;
    case 'expectations':
      return reviewing ? <ExpectationsReview boardId={board.id} /> : <BoardDigest boardId={board.id} />;
    default:
      return <BoardDigest boardId={board.id} />;
  }
}

export function LivePanels({ actions }: { actions?: (board: Board) => React.ReactNode }) {
  const state = useWorkshop((s) => s.state);
  if (!state) return null;
  const boards = state.room.activeBoardIds.map((id) => state.boards[id]).filter((b): b is Board => !!b && !b.copyOf);
  const breakout = liveBreakout(state.breakouts);
  return (
    <>
      {breakout && (
        <Suspense fallback={null}>
          <BreakoutDigest breakout={breakout} />
        </Suspense>
      )}
      {boards.map((board) => (
        <Suspense key={board.id} fallback={null}>
          <Panel board={board} reviewing={(state.expectationReviews[board.id]?.status ?? 'idle') !== 'idle'} />
          {actions?.(board)}
        </Suspense>
      ))}
    </>
  );
}
