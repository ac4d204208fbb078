/**
 * What each screen shows of one active board, by its kind: sticky notes (Challenges,
 * Opportunities), the roles matrix, the expectations (written, then reviewed) and questions.
 */
import type { BoardId } from '../../../shared/model.ts';
import { currentStep } from '../features/agenda/current-step.ts';
import { BoardControls } from '../features/board/BoardControls.tsx';
import { boardTools, type BoardTools } from '../features/board/board-tools.ts';
import { GroupTools } from '../features/board/GroupTools.tsx';
import { BoardView } from '../features/board/BoardView.tsx';
import { MyNotes } from '../features/board/MyNotes.tsx';
import { NoteComposer } from '../features/board/NoteComposer.tsx';
import { useBoard, useBoardNotes } from '../features/board/use-board.ts';
import { ExpectationsReview } from '../features/expectations/ExpectationsReview.tsx';
import { Questions } from '../features/questions/Questions.tsx';
import { ActionList } from '../features/roles/ActionList.tsx';
import { RolesMatrix } from '../features/roles/RolesMatrix.tsx';
import { useActionsStep } from '../features/roles/use-actions.ts';
import { VoteControls } from '../features/votes/VoteControls.tsx';
import { VotePanel } from '../features/votes/VotePanel.tsx';
import { VoteResults } from '../features/votes/VoteResults.tsx';
import { useT } from '../i18n/t.ts';
import { useRoom, useWorkshop } from '../stores/workshop.ts';

/** The tools the step in progress uses on this board (see board-tools.ts). */
function useBoardTools(boardId: BoardId): BoardTools {
  const board = useBoard(boardId);
  const notes = useBoardNotes(boardId).length;
  const room = useRoom();
  const vote = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const review = useWorkshop((s) => s.state?.expectationReviews[boardId] ?? null);
  const { segment, activity } = room ? currentStep(room.agenda, room.live) : { segment: null, activity: null };
  return boardTools({
    kind: board?.kind ?? 'notes',
    mode: board?.mode ?? 'locked',
    notes,
    config: activity?.config ?? segment?.config ?? null,
    segmentKind: segment?.kind ?? null,
    vote,
    review,
  });
}

/**
 * The facilitator's controls and the whole board: the tools the step uses in reach, the others
 * folded under "other tools" so they are there when the plan changes, without inviting misclicks.
 */
export function ConsoleBoard({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const kind = useBoard(boardId)?.kind;
  const tools = useBoardTools(boardId);
  const actions = useActionsStep();
  if (kind === 'roles')
    return (
      <>
        {actions && <ActionList />}
        <RolesMatrix boardId={boardId} />
      </>
    );
  if (kind === 'questions') return <Questions boardId={boardId} />;
  const aside = [
    kind === 'notes' && !tools.grouping && <GroupTools key="group" boardId={boardId} />,
    kind === 'notes' && !tools.vote && <VoteControls key="vote" boardId={boardId} />,
  ].filter(Boolean);
  return (
    <>
      <BoardControls boardId={boardId} />
      {tools.grouping && <GroupTools boardId={boardId} />}
      {tools.vote && <VoteControls boardId={boardId} />}
      <VoteResults boardId={boardId} />
      {kind === 'expectations' && <ExpectationsReview boardId={boardId} controls={tools.review} />}
      {aside.length > 0 && (
        <details className="more-tools" data-testid="more-tools">
          <summary>{t('console.moreTools')}</summary>
          {aside}
        </details>
      )}
      <BoardView boardId={boardId} facilitator />
    </>
  );
}

/** A participant writes (the note field first, within a phone's first screen), sees their own notes, and votes. */
export function ParticipantBoard({ boardId }: { boardId: BoardId }) {
  const board = useBoard(boardId);
  const kind = board?.kind;
  const reviewing = useWorkshop((s) => (s.state?.expectationReviews[boardId]?.status ?? 'idle') !== 'idle');
  const actions = useActionsStep();
  const open = board?.mode !== 'locked';
  // While commitments can be proposed, the form (at the matrix's top) comes first; once the
  // board is locked, the phone reads the day's outcome.
  if (kind === 'roles')
    return (
      <>
        {actions && !open && <ActionList readOnly />}
        <RolesMatrix boardId={boardId} />
        {actions && open && <ActionList readOnly />}
      </>
    );
  if (kind === 'questions') return <Questions boardId={boardId} />;
  const review = kind === 'expectations' && <ExpectationsReview boardId={boardId} />;
  return (
    <>
      {reviewing && review}
      <NoteComposer boardId={boardId} />
      <VotePanel boardId={boardId} />
      <MyNotes boardId={boardId} />
      <VoteResults boardId={boardId} />
      {!reviewing && review}
    </>
  );
}
