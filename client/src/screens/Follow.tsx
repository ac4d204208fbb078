/** Remote follow: small, for slow and expensive connections. */
import { DayAgenda } from '../ui/DayAgenda.tsx';
import { useState } from 'react';
import { NextUp } from '../features/agenda/NextUp.tsx';
import { participantToken } from '../net/identity.ts';
import { FocusPanel } from '../ui/FocusPanel.tsx';
import { NoteFeed } from '../ui/NoteFeed.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import { NowCard } from './NowCard.tsx';
import { RemoteWriting } from './RemoteWriting.tsx';
import './follow.css';

export default function Follow({ code }: { code: string }) {
  // Who wants to write connects as a would-be participant (followers may not join); once joined,
  // the token keeps them a remote participant here and after a reload.
  const [token, setToken] = useState(() => participantToken(code));
  const [writing, setWriting] = useState(false);
  return (
    <WorkshopConnection options={{ code, client: token || writing ? 'participant' : 'follow', participantToken: token }}>
      <ScreenFrame roleKey="role.follow" className="follow">
        <NowCard className="now">
          <NextUp />
        </NowCard>
        <RemoteWriting code={code} open={writing || !!token} onOpen={() => setWriting(true)} onJoined={setToken} />
        <FocusPanel />
        <NoteFeed />
        <DayAgenda />
      </ScreenFrame>
    </WorkshopConnection>
  );
}
