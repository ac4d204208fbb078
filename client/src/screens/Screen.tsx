/** The projector: read from the back of the room, follows the facilitator, no controls (→ and ← turn its pages). */
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { DriftSummary } from '../features/agenda/DriftSummary.tsx';
import { NextUp } from '../features/agenda/NextUp.tsx';
import { ProjectorQueue } from '../features/hands/ProjectorQueue.tsx';
import { ProgressLines } from '../features/progress/ProgressLines.tsx';
import { ReactionCounts } from '../features/reactions/ReactionCounts.tsx';
import { usePaging } from '../features/paging/paging-store.ts';
import { usePageClock } from '../features/paging/use-page-clock.ts';
import { Countdown } from '../features/timer/Countdown.tsx';
import { useRoom } from '../stores/workshop.ts';
import { JoinCode } from '../ui/JoinCode.tsx';
import { PresenceCounts } from '../ui/PresenceCounts.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { StepPrompt } from '../ui/StepPrompt.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import { useJoinLinks } from '../ui/use-join-links.ts';
import { SideAgenda } from './projector/SideAgenda.tsx';
import { Stage } from './projector/Stage.tsx';
import './projector.css';

export default function Screen({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'screen' }}>
      <ScreenFrame roleKey="role.screen" className="projector">
        <Projector code={code} />
      </ScreenFrame>
    </WorkshopConnection>
  );
}

function Projector({ code }: { code: string }) {
  const links = useJoinLinks(code);
  const live = useRoom()?.live;
  usePageClock(`${live?.segmentId}/${live?.activityId}`);
  const tick = usePaging((s) => s.tick);
  return (
    <>
      <section className="projector-now" data-page-tick={tick}>
        <div aria-live="polite">
          <CurrentSegment />
        </div>
        <StepPrompt />
        <DriftSummary />
        <ProgressLines className="projector-progress" />
        <ReactionCounts className="projector-progress" />
        <ProjectorQueue />
      </section>
      <Stage />
      <aside className="projector-side">
        <Countdown sound />
        <NextUp />
        <SideAgenda />
        <JoinCode code={code} links={links} />
        <PresenceCounts className="projector-presence" />
      </aside>
    </>
  );
}
