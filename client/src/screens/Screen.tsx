/** The projector: read from the back of the room, follows the facilitator, no controls. */
import { AgendaList } from '../features/agenda/AgendaList.tsx';
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { DriftSummary } from '../features/agenda/DriftSummary.tsx';
import { NextUp } from '../features/agenda/NextUp.tsx';
import { Countdown } from '../features/timer/Countdown.tsx';
import { JoinCode } from '../ui/JoinCode.tsx';
import { PresenceCounts } from '../ui/PresenceCounts.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import './projector.css';

export default function Screen({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'screen' }}>
      <ScreenFrame roleKey="role.screen" className="projector">
        <section className="projector-now">
          <div aria-live="polite">
            <CurrentSegment />
          </div>
          <DriftSummary />
        </section>
        <section className="projector-board" />
        <aside className="projector-side">
          <Countdown sound />
          <NextUp />
          <AgendaList />
          <JoinCode code={code} />
          <PresenceCounts className="projector-presence" />
        </aside>
      </ScreenFrame>
    </WorkshopConnection>
  );
}
