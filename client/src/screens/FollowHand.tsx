/** A remote attendee's hand, downloaded only when they ask for the floor: join as remote first if this device has not. */
import { HandButton } from '../features/hands/HandButton.tsx';
import { DoneButton } from '../features/progress/DoneButton.tsx';
import { ReactionBar } from '../features/reactions/ReactionBar.tsx';
import { useConnection } from '../stores/connection.ts';
import { JoinForm } from '../ui/JoinForm.tsx';

export default function FollowHand({ code, onJoined }: { code: string; onJoined: (token: string) => void }) {
  const joined = useConnection((s) => s.session?.participantId ?? null);
  if (!joined) return <JoinForm code={code} onJoined={onJoined} attendance="remote" />;
  return (
    <section className="card follow-hand">
      <DoneButton />
      <HandButton />
      <ReactionBar />
    </section>
  );
}
