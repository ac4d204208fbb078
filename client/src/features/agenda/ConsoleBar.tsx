/**
 * The console's bar, always in view however long the day and the lists get: where the room is,
 * the time left, the timer's buttons, previous and next step, and how the day is running.
 */
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { Countdown } from '../timer/Countdown.tsx';
import { TimerButtons } from '../timer/TimerControls.tsx';
import { CurrentSegment } from './CurrentSegment.tsx';
import { driftHeadline } from './DriftSummary.tsx';
import { useSchedule } from './use-schedule.ts';
import './agenda.css';

export function ConsoleBar() {
  const t = useT();
  const started = useWorkshop((s) => s.state?.room.live.segmentId !== null);
  const { run, refusal } = useCommand();
  const drift = useSchedule()?.driftMinutes ?? null;
  return (
    <section className="console-bar" aria-label={t('console.bar')} data-testid="console-bar">
      <div className="console-bar-now">
        <CurrentSegment />
        {drift !== null && (
          <p className={`console-bar-drift drift-${drift > 0 ? 'late' : drift < 0 ? 'early' : 'on-time'}`}>
            {driftHeadline(t, drift)}
          </p>
        )}
      </div>
      <Countdown size="small" />
      <TimerButtons />
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
      </div>
      <CommandError refusal={refusal} />
    </section>
  );
}
