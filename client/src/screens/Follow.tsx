/** Remote follow: small, for slow and expensive connections. */
import { DayAgenda } from '../ui/DayAgenda.tsx';
import { NextUp } from '../features/agenda/NextUp.tsx';
import { FocusPanel } from '../ui/FocusPanel.tsx';
import { NoteFeed } from '../ui/NoteFeed.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import { NowCard } from './NowCard.tsx';
import './follow.css';

export default function Follow({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'follow' }}>
      <ScreenFrame roleKey="role.follow" className="follow">
        <NowCard className="now">
          <NextUp />
        </NowCard>
        <FocusPanel />
        <NoteFeed />
        <DayAgenda />
      </ScreenFrame>
    </WorkshopConnection>
  );
}
