/** Remote follow: small, for slow and expensive connections. */
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { DayAgenda } from '../ui/DayAgenda.tsx';
import { NextUp } from '../features/agenda/NextUp.tsx';
import { Countdown } from '../features/timer/Countdown.tsx';
import { FocusPanel } from '../ui/FocusPanel.tsx';
import { NoteFeed } from '../ui/NoteFeed.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import './follow.css';

export default function Follow({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'follow' }}>
      <ScreenFrame roleKey="role.follow" className="follow">
        <section className="now">
          <div aria-live="polite">
            <CurrentSegment />
          </div>
          <Countdown size="small" />
          <NextUp />
        </section>
        <FocusPanel />
        <NoteFeed />
        <DayAgenda />
      </ScreenFrame>
    </WorkshopConnection>
  );
}
