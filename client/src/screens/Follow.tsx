/**
 * Remote follow, for slow and expensive connections: the meeting in a compact form. The page
 * arrives with its first view (see server/http/follow-page.ts); this takes over from the same state.
 */
import { lazy, Suspense, useState } from 'react';
import { NextUp } from '../features/agenda/NextUp.tsx';
import { LivePanels } from '../features/follow/LivePanels.tsx';
import { LowDataSwitch } from '../features/follow/LowDataSwitch.tsx';
import { Spotlight } from '../features/follow/Spotlight.tsx';
import { StepBrief } from '../features/follow/StepBrief.tsx';
import { participantToken } from '../net/identity.ts';
import { useFollow } from '../stores/follow.ts';
import { DayAgenda } from '../ui/DayAgenda.tsx';
import { NoteFeed } from '../ui/NoteFeed.tsx';
import { ReplicaConnection } from '../ui/ReplicaConnection.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { NowCard } from './NowCard.tsx';
import { JoinToAsk, RaiseHandEntry, RemoteWriting } from './RemoteWriting.tsx';
import './follow.css';

// Only someone who writes or asks needs Socket.IO: it is fetched when they choose to.
const WorkshopConnection = lazy(() =>
  import('../ui/connection-context.tsx').then((m) => ({ default: m.WorkshopConnection })),
);

export default function Follow({ code }: { code: string }) {
  // Who wants to take part connects as a would-be participant (followers may not join); once
  // joined, the token keeps them a remote participant here and after a reload.
  const [token, setToken] = useState(() => participantToken(code));
  const [acting, setActing] = useState(false);
  // Raising a hand opens its own join form, not the writing and asking ones.
  const [raising, setRaising] = useState(false);
  const lowData = useFollow((s) => s.lowData);
  const act = () => setActing(true);
  const screen = (
    <ScreenFrame roleKey="role.follow" className="follow">
      <NowCard className="now">
        <StepBrief />
        <NextUp />
      </NowCard>
      <LowDataSwitch />
      <Spotlight />
      <RaiseHandEntry code={code} open={raising || !!token} onOpen={() => setRaising(true)} onJoined={setToken} />
      <RemoteWriting code={code} open={acting || !!token} onOpen={act} onJoined={setToken} />
      <LivePanels
        actions={(board) =>
          board.kind === 'questions' &&
          !token && <JoinToAsk code={code} open={acting} onOpen={act} onJoined={setToken} />
        }
      />
      {!lowData && <NoteFeed />}
      <DayAgenda />
    </ScreenFrame>
  );
  if (!token && !acting && !raising)
    return (
      <ReplicaConnection code={code} lowData={lowData}>
        {screen}
      </ReplicaConnection>
    );
  return (
    <Suspense fallback={screen}>
      <WorkshopConnection options={{ code, client: 'participant', participantToken: token, lowData }}>
        {screen}
      </WorkshopConnection>
    </Suspense>
  );
}
