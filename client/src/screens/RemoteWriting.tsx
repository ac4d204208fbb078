/**
 * The follow screen's ways in to taking part: a button when a board of this step takes remote
 * notes, and one to ask or upvote when the step has questions. Either joins as a remote
 * participant first, if this device has not yet.
 */
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/t.ts';
import { useWorkshop } from '../stores/workshop.ts';

// Downloaded only when the follower chooses to take part (its messages are in the follow catalog).
const FollowPosting = lazy(() => import('./FollowPosting.tsx'));
const FollowHand = lazy(() => import('./FollowHand.tsx'));

export interface RemoteWritingProps {
  code: string;
  open: boolean;
  onOpen: () => void;
  onJoined: (token: string) => void;
}

export function RemoteWriting({ code, open, onOpen, onJoined }: RemoteWritingProps) {
  const t = useT();
  const writable = useWorkshop((s) => {
    const room = s.state?.room;
    return room
      ? room.activeBoardIds
          .filter(
            (id) =>
              s.state?.boards[id]?.kind === 'notes' &&
              s.state.boards[id].mode !== 'locked' &&
              s.state.boards[id].remoteWriting,
          )
          .join(' ')
      : '';
  });
  if (!writable) return null;
  if (!open) {
    return (
      <button type="button" onClick={onOpen} data-testid="follow-write">
        {t('follow.write')}
      </button>
    );
  }
  return (
    <Suspense fallback={null}>
      <FollowPosting code={code} boardIds={writable.split(' ')} onJoined={onJoined} />
    </Suspense>
  );
}

/** Before a follower has joined: the way in to asking and upvoting, then the join form. */
export function JoinToAsk({ code, open, onOpen, onJoined }: RemoteWritingProps) {
  const t = useT();
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={onOpen} data-testid="follow-ask">
        {t('follow.ask')}
      </button>
    );
  }
  return (
    <Suspense fallback={null}>
      <FollowPosting code={code} boardIds={[]} onJoined={onJoined} />
    </Suspense>
  );
}

/** Asking for the floor from afar: the button, then (once) the join form, then the hand itself. */
export function RaiseHandEntry({ code, open, onOpen, onJoined }: RemoteWritingProps) {
  const t = useT();
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={onOpen} data-testid="follow-hand">
        {t('hands.followRaise')}
      </button>
    );
  }
  return (
    <Suspense fallback={null}>
      <FollowHand code={code} onJoined={onJoined} />
    </Suspense>
  );
}
