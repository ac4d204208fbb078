/** The facilitator's console. */
import { AgendaList } from '../features/agenda/AgendaList.tsx';
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { facilitatorKey } from '../net/identity.ts';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';

export default function Facilitate({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'facilitate', facilitatorKey: facilitatorKey(code) }}>
      <ScreenFrame roleKey="role.facilitator" className="facilitate">
        <CurrentSegment />
        <AgendaList />
      </ScreenFrame>
    </WorkshopConnection>
  );
}
