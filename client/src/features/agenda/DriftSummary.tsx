/**
 * "Running N min late": the drift, where it puts the next break and the closing, and (for the
 * facilitator, with `controls`) the ways to re-plan and whether the room screen shows it.
 */
import { useContent } from '../../i18n/content.ts';
import type { Projection } from '../../../../shared/schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { useRoom } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { formatTime } from '../../ui/time-format.ts';
import { useSchedule } from './use-schedule.ts';
import './agenda.css';

/**
 * "Running 7 min late", "Running 3 min early", "On time", or, far ahead of the plan, when the
 * live step is planned; null before the day starts and once it is over.
 */
export function useDriftHeadline(): { text: string; tone: 'late' | 'early' | 'on-time' } | null {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const schedule = useSchedule();
  const minutes = schedule?.driftMinutes ?? null;
  if (!schedule || minutes === null) return null;
  if (schedule.aheadOfPlan && schedule.live)
    return {
      text: t('schedule.aheadOfPlan', { time: formatTime(schedule.live.start, locale, schedule.timezone) }),
      tone: 'early',
    };
  if (minutes > 0) return { text: t('schedule.late', { n: minutes }), tone: 'late' };
  return minutes < 0
    ? { text: t('schedule.early', { n: -minutes }), tone: 'early' }
    : { text: t('schedule.onTime'), tone: 'on-time' };
}

export function DriftSummary({ controls = false }: { controls?: boolean }) {
  const t = useT();
  const tc = useContent();
  const locale = useLocale((s) => s.locale);
  const schedule = useSchedule();
  const headline = useDriftHeadline();
  const { run, refusal } = useCommand();
  const showDrift = useRoom()?.display?.showDrift ?? true;
  if (!schedule || schedule.driftMinutes === null || !headline) return null;
  // The facilitator may keep the schedule off the room screen; the console always has it. Far
  // ahead of the plan, the room has nothing to learn from it.
  if (!controls && (!showDrift || schedule.aheadOfPlan)) return null;
  const drift = schedule.driftMinutes;
  const at = (p: Projection) => formatTime(p.projectedStart, locale, schedule.timezone);
  const planned = (p: Projection) => formatTime(p.plannedStart, locale, schedule.timezone);
  const replan = (mode: 'shift' | 'shorten' | 'start') => run((c) => c.agenda.replan(mode));

  return (
    <div className={`drift drift-${headline.tone}`} data-testid="drift" data-drift={drift}>
      <p className="drift-headline">{headline.text}</p>
      {!schedule.aheadOfPlan && (
        <ul className="drift-projections">
          {schedule.nextBreak && (
            <li>
              {t('schedule.nextBreak', {
                title: tc(schedule.nextBreak.segment.title),
                time: at(schedule.nextBreak),
                planned: planned(schedule.nextBreak),
              })}
            </li>
          )}
          {schedule.closing && (
            <li>{t('schedule.closing', { time: at(schedule.closing), planned: planned(schedule.closing) })}</li>
          )}
        </ul>
      )}
      {controls && drift !== 0 && (
        <div className="drift-actions" role="group" aria-label={t('schedule.replan')}>
          <button type="button" className="secondary" onClick={() => replan('shift')} data-testid="replan-shift">
            {drift > 0 ? t('schedule.shiftLater', { n: drift }) : t('schedule.shiftEarlier', { n: -drift })}
          </button>
          {drift > 0 && (
            <button type="button" className="secondary" onClick={() => replan('shorten')} data-testid="replan-shorten">
              {t('schedule.shorten')}
            </button>
          )}
          <button type="button" className="secondary" onClick={() => replan('start')} data-testid="replan-start">
            {t('schedule.startNow')}
          </button>
        </div>
      )}
      {controls && (
        <label className="drift-show">
          <input
            type="checkbox"
            checked={showDrift}
            onChange={(e) => void run((c) => c.agenda.display({ showDrift: e.target.checked }))}
            data-testid="show-drift"
          />{' '}
          {t('schedule.showDrift')}
        </label>
      )}
      <CommandError refusal={refusal} />
    </div>
  );
}
