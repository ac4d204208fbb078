/**
 * What each screen shows of one active board, by its kind: sticky notes (Challenges,
 * Opportunities), the roles matrix, the expectations (written, then reviewed) and questions.
 */
import type { BoardId } from '../../../shared/model.ts';
import { BoardControls } from '../features/board/BoardControls.tsx';
import { BoardView } from '../features/board/BoardView.tsx';
import { MyNotes } from '../features/board/MyNotes.tsx';
import { NoteComposer } from '../features/board/NoteComposer.tsx';
import { useBoard } from '../features/board/use-board.ts';
import { ExpectationsReview } from '../features/expectations/ExpectationsReview.tsx';
import { Questions } from '../features/questions/Questions.tsx';
import { TopQuestions } from '../features/questions/TopQuestions.tsx';
import { RolesMatrix } from '../features/roles/RolesMatrix.tsx';
import { VoteControls } from '../features/votes/VoteControls.tsx';
import { VotePanel } from '../features/votes/VotePanel.tsx';
import { VoteResults } from '../features/votes/VoteResults.tsx';
import { useWorkshop } from '../stores/workshop.ts';

/** The facilitator's controls and the whole board, selectable for grouping. */
export function ConsoleBoard({ boardId }: { boardId: BoardId }) {
  const kind = useBoard(boardId)?.kind;
  if (kind === 'roles') return <RolesMatrix boardId={boardId} />;
  if (kind === 'questions') return <Questions boardId={boardId} />;
  return (
    <>
      <BoardControls boardId={boardId} />
      <VoteControls boardId={boardId} />
      <VoteResults boardId={boardId} />
      {kind === 'expectations' && <ExpectationsReview boardId={boardId} />}
      <BoardView boardId={boardId} facilitator />
    </>
  );
}

/** A participant writes, sees their own notes with their state, and votes. */
export function ParticipantBoard({ boardId }: { boardId: BoardId }) {
  const kind = useBoard(boardId)?.kind;
  if (kind === 'roles') return <RolesMatrix boardId={boardId} />;
  if (kind === 'questions') return <Questions boardId={boardId} />;
  return (
    <>
      {kind === 'expectations' && <ExpectationsReview boardId={boardId} />}
      <NoteComposer boardId={boardId} />
      <VotePanel boardId={boardId} />
      <MyNotes boardId={boardId} />
      <VoteResults boardId={boardId} />
    </>
  );
}

/** The room reads the board: while a vote is closed, its ordered results come first. */
export function ProjectorBoard({ boardId }: { boardId: BoardId }) {
  const kind = useBoard(boardId)?.kind;
  const closed = useWorkshop((s) => s.state?.votes[boardId]?.status === 'closed');
  if (kind === 'roles') return <RolesMatrix boardId={boardId} />;
  if (kind === 'questions') return <TopQuestions />;
  if (kind === 'expectations') return <ExpectationsReview boardId={boardId} />;
  return closed ? <VoteResults boardId={boardId} limit={8} /> : <BoardView boardId={boardId} />;
}
