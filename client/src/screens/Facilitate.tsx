/** The facilitator's console: the step-and-timer bar, the agenda, the board, who is here, and sharing. */
import { AgendaEditor } from '../features/agenda/AgendaEditor.tsx';
import { AgendaTimeline } from '../features/agenda/AgendaTimeline.tsx';
import { ConsoleBar } from '../features/agenda/ConsoleBar.tsx';
import { FacilitatorOnly } from '../features/people/FacilitatorOnly.tsx';
import { ReportButton } from '../features/report/ReportButton.tsx';
import { TimerLength } from '../features/timer/TimerControls.tsx';
import { useT } from '../i18n/t.ts';
import { facilitatorKey, participantToken } from '../net/identity.ts';
import { ActiveBoards } from '../ui/ActiveBoards.tsx';
import { DayAgenda } from '../ui/DayAgenda.tsx';
import { HelpOverlay } from '../ui/HelpOverlay.tsx';
import { Panel } from '../ui/Panel.tsx';
import { PeopleList } from '../ui/PeopleList.tsx';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { SharePanel } from '../ui/SharePanel.tsx';
import { StepPrompt } from '../ui/StepPrompt.tsx';
import { WorkshopConnection } from '../ui/connection-context.tsx';
import { ConsoleBoard } from './board-areas.tsx';
import { useConsoleShortcuts } from './console-shortcuts.ts';
import './facilitate.css';

export default function Facilitate({ code }: { code: string }) {
  const key = facilitatorKey(code);
  // Without the key, a co-facilitator comes in on their participant token; the server decides.
  const token = key ? null : participantToken(code);
  return (
    <WorkshopConnection options={{ code, client: 'facilitate', facilitatorKey: key, participantToken: token }}>
      <Console code={code} />
    </WorkshopConnection>
  );
}

function Console({ code }: { code: string }) {
  const t = useT();
  const shortcuts = useConsoleShortcuts(code);
  return (
    <ScreenFrame roleKey="role.facilitator" className="facilitate" tools={<HelpOverlay shortcuts={shortcuts} />}>
      <FacilitatorOnly code={code}>
        <ConsoleBar />
        <div className="console">
          <Panel title="section.agenda" className="console-agenda">
            <AgendaTimeline />
            <TimerLength />
            <details className="console-edit" data-testid="agenda-editor">
              <summary>{t('edit.title.section')}</summary>
              <AgendaEditor />
            </details>
            <DayAgenda />
          </Panel>
          <Panel title="section.board" className="console-board">
            <StepPrompt />
            <ActiveBoards label={t('section.boards')}>{(id) => <ConsoleBoard boardId={id} />}</ActiveBoards>
          </Panel>
          <aside className="console-side">
            <PeopleList />
            <SharePanel code={code} />
            <ReportButton code={code} />
          </aside>
        </div>
      </FacilitatorOnly>
    </ScreenFrame>
  );
}
