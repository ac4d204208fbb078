/** The facilitator's console: the step-and-timer bar, the agenda, the board, who is here, and sharing; or the builder to prepare the day. */
import { useState } from 'react';
import { AgendaEditor } from '../features/agenda/AgendaEditor.tsx';
import { AgendaTimeline } from '../features/agenda/AgendaTimeline.tsx';
import { ConsoleBar } from '../features/agenda/ConsoleBar.tsx';
import { DeleteWorkshop } from '../features/deletion/DeleteWorkshop.tsx';
import { RotateKey } from '../features/keys/RotateKey.tsx';
import { AgendaBuilder } from '../features/design/AgendaBuilder.tsx';
import { NoteFooter } from '../features/board/note-footer.ts';
import { MergedNoteOrigin } from '../features/breakout-screens/NoteOrigin.tsx';
import { GroupsConsole } from '../features/breakouts/GroupsConsole.tsx';
import { DesignFiles } from '../features/design/DesignFiles.tsx';
import { useRememberWorkshop } from '../features/design/MyWorkshops.tsx';
import { SpeakersQueue } from '../features/hands/SpeakersQueue.tsx';
import { ProgressLines } from '../features/progress/ProgressLines.tsx';
import { ReactionCounts } from '../features/reactions/ReactionCounts.tsx';
import { RehearsalPanel } from '../features/rehearsal/RehearsalPanel.tsx';
import { FacilitatorOnly } from '../features/people/FacilitatorOnly.tsx';
import { ReportButton } from '../features/report/ReportButton.tsx';
import { TimerLength } from '../features/timer/TimerControls.tsx';
import { useT } from '../i18n/t.ts';
import { facilitatorKey, participantToken } from '../net/identity.ts';
import { isRehearsal } from '../net/my-workshops.ts';
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
  const [view, setView] = useConsoleView();
  useRememberWorkshop(code);
  const rehearsal = isRehearsal(code);
  return (
    <ScreenFrame roleKey="role.facilitator" className="facilitate" tools={<HelpOverlay shortcuts={shortcuts} />}>
      <FacilitatorOnly code={code}>
        <ConsoleBar />
        <nav className="console-views" aria-label={t('design.view')}>
          {CONSOLE_VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              className={v === view ? '' : 'secondary'}
              aria-pressed={v === view}
              onClick={() => setView(v)}
              data-view={v}
            >
              {t(`design.view.${v}`)}
            </button>
          ))}
        </nav>
        {/* A rehearsal's simulated participants keep running whichever view is shown. */}
        {rehearsal && <RehearsalPanel code={code} />}
        {view === 'prepare' ? (
          <div className="console-prepare">
            <AgendaBuilder />
            <aside className="console-side">
              {!rehearsal && <RehearsalPanel code={code} />}
              <DesignFiles code={code} />
            </aside>
          </div>
        ) : (
          // On the console a merged note says where it came from ('Combined from 2 notes: Group 1, Group 2').
          <NoteFooter.Provider value={MergedNoteOrigin}>
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
                <ProgressLines />
                <ReactionCounts />
                <GroupsConsole />
                <ActiveBoards label={t('section.boards')} empty={<p className="muted">{t('console.noBoard')}</p>}>
                  {(id) => <ConsoleBoard boardId={id} />}
                </ActiveBoards>
              </Panel>
              <aside className="console-side">
                <SpeakersQueue />
                <PeopleList />
                <SharePanel code={code} />
                <ReportButton code={code} />
                <RotateKey code={code} />
                <DeleteWorkshop code={code} />
              </aside>
            </div>
          </NoteFooter.Provider>
        )}
      </FacilitatorOnly>
    </ScreenFrame>
  );
}

const CONSOLE_VIEWS = ['run', 'prepare'] as const;
type ConsoleView = (typeof CONSOLE_VIEWS)[number];

/** Which view the console shows; `?view=prepare` opens the builder (a link to share, a reload that stays). */
function useConsoleView(): [ConsoleView, (v: ConsoleView) => void] {
  const [view, setView] = useState<ConsoleView>(() =>
    new URLSearchParams(location.search).get('view') === 'prepare' ? 'prepare' : 'run',
  );
  const choose = (v: ConsoleView) => {
    const url = new URL(location.href);
    if (v === 'prepare') url.searchParams.set('view', v);
    else url.searchParams.delete('view');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    setView(v);
  };
  return [view, choose];
}
