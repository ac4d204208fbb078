/**
 * Posting from the follow screen, downloaded only when a remote attendee asks to write: join as
 * a remote participant if this device has not yet, then write on the boards open to remote writing.
 */
import { MyNotes } from '../features/board/MyNotes.tsx';
import { NoteComposer } from '../features/board/NoteComposer.tsx';
import { useConnection } from '../stores/connection.ts';
import { JoinForm } from '../ui/JoinForm.tsx';

export default function FollowPosting({ code, boardIds, onJoined }: { code: string; boardIds: string[]; onJoined: (token: string) => void }) {
  const joined = useConnection((s) => s.session?.participantId ?? null);
  if (!joined) return <JoinForm code={code} onJoined={onJoined} attendance="remote" />;
  return (
    <>
      {boardIds.map((id) => (
        <div key={id} className="card follow-posting" data-board-id={id}>
          <NoteComposer boardId={id} />
          <MyNotes boardId={id} />
        </div>
      ))}
    </>
  );
}
