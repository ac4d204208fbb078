/**
 * Posting from the follow screen, downloaded only when a remote attendee asks to write: join as
 * a remote participant if this device has not yet, then write on the boards open to remote writing.
 */
import { MyNotes } from '../features/board/MyNotes.tsx';
import { useContent } from '../i18n/content.ts';
import { NoteComposer } from '../features/board/NoteComposer.tsx';
import { useConnection } from '../stores/connection.ts';
import { useWorkshop } from '../stores/workshop.ts';
import { JoinForm } from '../ui/JoinForm.tsx';
import './follow-posting.css';

export default function FollowPosting({
  code,
  boardIds,
  onJoined,
}: {
  code: string;
  boardIds: string[];
  onJoined: (token: string) => void;
}) {
  const joined = useConnection((s) => s.session?.participantId ?? null);
  const boards = useWorkshop((s) => s.state?.boards);
  const tc = useContent();
  if (!joined) return <JoinForm code={code} onJoined={onJoined} attendance="remote" />;
  return (
    <>
      {boardIds.map((id) => (
        <section key={id} className="card follow-posting" data-board-id={id} aria-label={tc(boards?.[id]?.title ?? '')}>
          <h2>{tc(boards?.[id]?.title ?? '')}</h2>
          <NoteComposer boardId={id} />
          <MyNotes boardId={id} />
        </section>
      ))}
    </>
  );
}
