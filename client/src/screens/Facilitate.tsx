/** The facilitator's console: agenda and timer, the board, who is here, and sharing. */
import { AgendaList } from '../features/agenda/AgendaList.tsx';
import { CurrentSegment } from '../features/agenda/CurrentSegment.tsx';
import { facilitatorKey } from '../net/identity.ts';
import { Panel } from '../ui/Panel.tsx';
import { HelpOverlay } from '../ui/HelpOverlay.tsx';
import { PeopleList } from '../ui/PeopleList.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { SharePanel } from '../ui/SharePanel.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import './facilitate.css';

export default function Facilitate({ code }: { code: string }) {
  return (
    <WorkshopConnection options={{ code, client: 'facilitate', facilitatorKey: facilitatorKey(code) }}>
      <ScreenFrame roleKey="role.facilitator" className="facilitate" tools={<HelpOverlay shortcuts={[]} />}>
        <div className="console">
          <Panel title="section.agenda" className="console-agenda">
            <CurrentSegment />
            <AgendaList />
          </Panel>
          <Panel title="section.board" className="console-board" />
          <aside className="console-side">
            <PeopleList />
            <SharePanel code={code} />
          </aside>
        </div>
      </ScreenFrame>
    </WorkshopConnection>
  );
}
