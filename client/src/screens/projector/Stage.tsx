/**
 * The room screen's main area: what the step in progress is about. The spotlight first (a note
 * large, a group, a board); while the room works in groups, the groups (see BreakoutOverview and
 * BreakoutReport); otherwise the step's boards side by side, each as the room reads it; between
 * steps, a break or the day's start or end.
 */
import type { BoardId } from '../../../../shared/model.ts';
import { dayFinished } from '../../../../shared/schedule.ts';
import { currentStep } from '../../features/agenda/current-step.ts';
import { useLiveBreakout } from '../../features/breakout-screens/use-live-breakout.ts';
import { useBoard } from '../../features/board/use-board.ts';
import { useRoom, useWorkshop } from '../../stores/workshop.ts';
import { ActionsFlow } from './ActionsFlow.tsx';
import { ExpectationsFlow } from './ExpectationsFlow.tsx';
import { BreakoutOverview } from './BreakoutOverview.tsx';
import { BreakoutReport } from './BreakoutReport.tsx';
import { BeforeTheDay, BreakPanel, DayOver } from './Interlude.tsx';
import { NotesFlow } from './NotesFlow.tsx';
import { QuestionsFlow } from './QuestionsFlow.tsx';
import { ResultsFlow } from './ResultsFlow.tsx';
import { RolesFlow } from './RolesFlow.tsx';
import { SpotlitNote } from './SpotlitNote.tsx';

/** One board, by its kind: notes (or, once a vote closed, its results), roles, expectations, questions. */
function StageBoard({ boardId }: { boardId: BoardId }) {
  const kind = useBoard(boardId)?.kind;
  const closed = useWorkshop((s) => s.state?.votes[boardId]?.status === 'closed');
  if (kind === 'roles') return <RolesFlow boardId={boardId} />;
  if (kind === 'questions') return <QuestionsFlow />;
  if (kind === 'expectations') return <ExpectationsFlow boardId={boardId} />;
  return closed ? <ResultsFlow boardId={boardId} /> : <NotesFlow boardId={boardId} />;
}

export function Stage() {
  const room = useRoom();
  const breakout = useLiveBreakout();
  if (!room) return null;
  const { segment, activity } = currentStep(room.agenda, room.live);
  const focus = room.focus;
  let content: React.ReactNode;
  if (dayFinished(room)) content = <DayOver />;
  else if (!segment) content = <BeforeTheDay />;
  else if (focus?.kind === 'note') content = <SpotlitNote noteId={focus.noteId} />;
  else if (segment.kind === 'break') content = <BreakPanel />;
  else if (breakout?.status === 'reporting') content = <BreakoutReport breakout={breakout} />;
  else if (breakout) content = <BreakoutOverview breakout={breakout} />;
  else if ((activity?.config ?? segment.config).view === 'actions' && !focus) content = <ActionsFlow />;
  else {
    const shown = focus ? [focus.boardId] : room.activeBoardIds;
    content = (
      <div
        className="stage-boards"
        style={{ gridTemplateColumns: `repeat(${Math.max(1, shown.length)}, minmax(0, 1fr))` }}
      >
        {shown.map((id) => (
          <div key={id} className="stage-board">
            <StageBoard boardId={id} />
          </div>
        ))}
      </div>
    );
  }
  return <section className="projector-board">{content}</section>;
}
