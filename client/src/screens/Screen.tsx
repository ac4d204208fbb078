/** The projector: read from the back of the room, follows the facilitator, no controls. */
import { AgendaList } from '../features/agenda/AgendaList.tsx';
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { DriftSummary } from '../features/agenda/DriftSummary.tsx';
import { NextUp } from '../features/agenda/NextUp.tsx';
import { Countdown } from '../features/timer/Countdown.tsx';
import { useActiveBoardIds, useFocusedBoardId } from '../ui/ActiveBoards.tsx';
import { JoinCode } from '../ui/JoinCode.tsx';
import { PresenceCounts } from '../ui/PresenceCounts.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { StepPrompt } from '../ui/StepPrompt.tsx';
import { useJoinLinks } from '../ui/use-join-links.ts';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import { ProjectorBoard } from './board-areas.tsx';
import './projector.css';

/** The board in the spotlight, or every board of the step side by side. */
function ProjectorBoards() {
  const active = useActiveBoardIds();
  const focused = useFocusedBoardId();
  const shown = focused ? [focused] : active;
  return (
    <section
      className="projector-board"
      style={{ gridTemplateColumns: `repeat(${Math.max(1, shown.length)}, minmax(0, 1fr))` }}
    >
      {shown.map((id) => (
        <div key={id} className="projector-board-cell">
          <ProjectorBoard boardId={id} />
        </div>
      ))}
    </section>
  );
}

export default function Screen({ code }: { code: string }) {
  const links = useJoinLinks(code);
  return (
    <WorkshopConnection options={{ code, client: 'screen' }}>
      <ScreenFrame roleKey="role.screen" className="projector">
        <section className="projector-now">
          <div aria-live="polite">
            <CurrentSegment />
          </div>
          <StepPrompt />
          <DriftSummary />
        </section>
        <ProjectorBoards />
        <aside className="projector-side">
          <Countdown sound />
          <NextUp />
          <AgendaList />
          <JoinCode code={code} links={links} />
          <PresenceCounts className="projector-presence" />
        </aside>
      </ScreenFrame>
    </WorkshopConnection>
  );
}
