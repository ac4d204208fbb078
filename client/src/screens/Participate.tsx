/** The participant's phone-first screen. */
import { AgendaList } from '../features/agenda/AgendaList.tsx';
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { participantToken } from '../net/identity.ts';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';

export default function Participate({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'participant', participantToken: participantToken(code) }}>
      <ScreenFrame roleKey="role.participant" className="participate">
        <CurrentSegment />
        <AgendaList />
      </ScreenFrame>
    </WorkshopConnection>
  );
}
