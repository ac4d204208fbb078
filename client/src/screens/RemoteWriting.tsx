/** The follow screen's way in to writing: a button when a board of this step takes remote notes. */
import { lazy, Suspense } from 'react';
import { loadFullCatalogs, useT } from '../i18n/t.ts';
import { useWorkshop } from '../stores/workshop.ts';

// Writing shows messages the follow catalog leaves out: the full catalog comes with it.
const FollowPosting = lazy(() => Promise.all([import('./FollowPosting.tsx'), loadFullCatalogs()]).then(([m]) => m));

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
