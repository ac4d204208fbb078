/** The projector: read from across the room, no controls. */
import { AgendaList } from '../features/agenda/AgendaList.tsx';
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';

export default function Screen({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'screen' }}>
      <ScreenFrame roleKey="role.screen" className="projector">
        <CurrentSegment />
        <AgendaList />
      </ScreenFrame>
    </WorkshopConnection>
  );
}
