/** The participant's screen: phone first, comfortable on a laptop. */
import { lazy, Suspense, useState } from 'react';
import { HandButton } from '../features/hands/HandButton.tsx';
import { DoneButton } from '../features/progress/DoneButton.tsx';
import { ReactionBar } from '../features/reactions/ReactionBar.tsx';
import { LeaveWorkshop } from '../features/deletion/LeaveWorkshop.tsx';
import { RemovedNotice } from '../features/people/RemovedNotice.tsx';
import { useLiveBreakout } from '../features/breakout-screens/use-live-breakout.ts';
import { useT } from '../i18n/t.ts';
import { participantToken } from '../net/identity.ts';
import { useConnection } from '../stores/connection.ts';
import { ActiveBoards } from '../ui/ActiveBoards.tsx';
import { DayAgenda } from '../ui/DayAgenda.tsx';
import { JoinForm } from '../ui/JoinForm.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { StepPrompt } from '../ui/StepPrompt.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import { NowCard } from './NowCard.tsx';
import { ParticipantBoard } from './board-areas.tsx';
import './participate.css';

// Only while groups work: most of the day the phone never downloads it.
const GroupPhone = lazy(() => import('../features/breakouts/GroupPhone.tsx'));

export default function Participate({ code }: { code: string }) {
  // A new token reconnects with it, so the server knows this device from now on and after a reload.
  const [token, setToken] = useState(() => participantToken(code));
  return (
    <WorkshopConnection options={{ code, client: 'participant', participantToken: token }}>
      <ScreenFrame roleKey="role.participant" className="participate">
        <ParticipantView code={code} onJoined={setToken} onRejoin={() => setToken(null)} />
      </ScreenFrame>
    </WorkshopConnection>
  );
}

interface ViewProps {
  code: string;
  onJoined: (token: string) => void;
  /** After a removal: connect again without the dead token, as a newcomer. */
  onRejoin: () => void;
}

function ParticipantView({ code, onJoined, onRejoin }: ViewProps) {
  const t = useT();
  const session = useConnection((s) => s.session);
  const removed = useConnection((s) => s.removed);
  const [left, setLeft] = useState(false);
  const inGroups = useLiveBreakout() !== null;
  const rejoin = () => {
    setLeft(false);
    onRejoin();
  };
  if (removed || left) return <RemovedNotice code={code} left={left} onRejoin={rejoin} />;
  if (!session) return null;
  if (!session.participantId) {
    return (
      <>
        <JoinForm code={code} onJoined={onJoined} />
        <DayAgenda />
      </>
    );
  }
  return (
    <>
      <p className="me" data-testid="me">
        {t('join.as', { name: session.name ?? '', organisation: session.organisation ?? '' })}
      </p>
      {session.role === 'facilitator' && (
        <a className="open-console" href={`/w/${code}/facilitate`} data-testid="open-console">
          {t('people.openConsole')}
        </a>
      )}
      <NowCard className="card now">
        <StepPrompt />
      </NowCard>
      {inGroups ? (
        <Suspense fallback={null}>
          <GroupPhone />
        </Suspense>
      ) : (
        <ActiveBoards label={t('section.boards')}>{(id) => <ParticipantBoard boardId={id} />}</ActiveBoards>
      )}
      {/* Below the boards: on a 360x640 phone the note field and Post stay on the first screen. */}
      <DoneButton />
      <HandButton />
      <ReactionBar />
      <DayAgenda />
      <LeaveWorkshop onLeft={() => setLeft(true)} />
    </>
  );
}
