/** Remote follow: small, for slow connections. */
import { AgendaList } from '../features/agenda/AgendaList.tsx';
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';

export default function Follow({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'follow' }}>
      <ScreenFrame roleKey="role.follow" className="follow">
        <CurrentSegment />
        <AgendaList />
      </ScreenFrame>
    </WorkshopConnection>
  );
}
