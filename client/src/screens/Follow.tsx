/** Remote follow: small, for slow and expensive connections. */
import { lazy, Suspense, useState } from 'react';
import { DayAgenda } from '../ui/DayAgenda.tsx';
import { NextUp } from '../features/agenda/NextUp.tsx';
import { participantToken } from '../net/identity.ts';
import { FocusPanel } from '../ui/FocusPanel.tsx';
import { NoteFeed } from '../ui/NoteFeed.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { ReplicaConnection } from '../ui/ReplicaConnection.tsx';
import { NowCard } from './NowCard.tsx';
import { RemoteWriting } from './RemoteWriting.tsx';
import './follow.css';

// Only someone who writes needs Socket.IO: it is fetched when they choose to.
const WorkshopConnection = lazy(() =>
  import('../ui/connection-context.tsx').then((m) => ({ default: m.WorkshopConnection })),
);

export default function Follow({ code }: { code: string }) {
  // Who wants to write connects as a would-be participant (followers may not join); once joined,
  // the token keeps them a remote participant here and after a reload.
  const [token, setToken] = useState(() => participantToken(code));
  const [writing, setWriting] = useState(false);
  const screen = (
    <ScreenFrame roleKey="role.follow" className="follow">
      <NowCard className="now">
        <NextUp />
      </NowCard>
      <RemoteWriting code={code} open={writing || !!token} onOpen={() => setWriting(true)} onJoined={setToken} />
      <FocusPanel />
      <NoteFeed />
      <DayAgenda />
    </ScreenFrame>
  );
  if (!token && !writing) return <ReplicaConnection code={code}>{screen}</ReplicaConnection>;
  return (
    <Suspense fallback={screen}>
      <WorkshopConnection options={{ code, client: 'participant', participantToken: token }}>
        {screen}
      </WorkshopConnection>
    </Suspense>
  );
}
