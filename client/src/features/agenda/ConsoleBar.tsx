/**
 * The console's bar, always in view however long the day and the lists get: where the room is,
 * the time left, the timer's buttons, previous and next step, and how the day is running. Once
 * the day is finished there is no step to move to nor time to count: only reopening it.
 */
import { dayFinished } from '../../../../shared/schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom, useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { Countdown } from '../timer/Countdown.tsx';
import { TimerButtons } from '../timer/TimerControls.tsx';
import { CurrentSegment } from './CurrentSegment.tsx';
import { useDriftHeadline } from './DriftSummary.tsx';
import './agenda.css';

export function ConsoleBar() {
  const t = useT();
  const finished = useWorkshop((s) => (s.state ? dayFinished(s.state.room) : false));
  const drift = useDriftHeadline();
  return (
    <section className="console-bar" aria-label={t('console.bar')} data-testid="console-bar">
      <div className="console-bar-now">
        <CurrentSegment />
        {drift && <p className={`console-bar-drift drift-${drift.tone}`}>{drift.text}</p>}
      </div>
      {finished ? (
        <ReopenDay />
      ) : (
        <>
          <Countdown size="small" />
          <TimerButtons />
          <StepButtons />
        </>
      )}
    </section>
  );
}

function StepButtons() {
  const t = useT();
  const started = useWorkshop((s) => s.state?.room.live.segmentId !== null);
  const { run, refusal } = useCommand();
  return (
    <div className="timeline-nav" role="group" aria-label={t('schedule.navigate')}>
      <button
        type="button"
        className="secondary"
        onClick={() => run((c) => c.agenda.previous())}
        data-testid="agenda-previous"
      >
        {t('schedule.previous')}
      </button>
      <button type="button" onClick={() => run((c) => c.agenda.next())} data-testid="agenda-next">
        {started ? t('schedule.nextStep') : t('schedule.begin')}
      </button>
      <CommandError refusal={refusal} />
    </div>
  );
}

/** After the end: the step the day ended on can be entered again (a closing that was not over after all). */
function ReopenDay() {
  const t = useT();
  const live = useRoom()?.live;
  const { run, refusal } = useCommand();
  if (!live?.segmentId) return null;
  const { segmentId, activityId } = live;
  return (
    <div className="timeline-nav">
      <button
        type="button"
        className="secondary"
        onClick={() => run((c) => c.agenda.enter(segmentId, activityId))}
        data-testid="agenda-reopen"
      >
        {t('schedule.reopen')}
      </button>
      <CommandError refusal={refusal} />
    </div>
  );
}
