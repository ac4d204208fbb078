/**
 * "Running N min late": the drift, where it puts the next break and the closing, and (for the
 * facilitator, with `controls`) the two ways to re-plan the rest of the day.
 */
import { useMemo } from 'react';
import type { Projection } from '../../../../shared/schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { CommandError, useRefusal } from '../../ui/CommandError.tsx';
import { useConnectionHandle } from '../../ui/connection-handle.ts';
import { formatTime } from '../../ui/time-format.ts';
import { agendaIntents } from './intents.ts';
import { useSchedule } from './use-schedule.ts';
import './agenda.css';

export function DriftSummary({ controls = false }: { controls?: boolean }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const schedule = useSchedule();
  const connection = useConnectionHandle();
  const intents = useMemo(() => agendaIntents(connection), [connection]);
  const { refusal, report } = useRefusal();
  if (!schedule || schedule.driftMinutes === null) return null;
  const drift = schedule.driftMinutes;
  const tone = drift > 0 ? 'late' : drift < 0 ? 'early' : 'on-time';
  const at = (p: Projection) => formatTime(p.projectedStart, locale, schedule.timezone);
  const planned = (p: Projection) => formatTime(p.plannedStart, locale, schedule.timezone);
  const replan = (mode: 'shift' | 'shorten') => report(intents.replan(mode));

  return (
    <div className={`drift drift-${tone}`} data-testid="drift" data-drift={drift}>
      <p className="drift-headline">
        {drift > 0
          ? t('schedule.late', { n: drift })
          : drift < 0
            ? t('schedule.early', { n: -drift })
            : t('schedule.onTime')}
      </p>
      <ul className="drift-projections">
        {schedule.nextBreak && (
          <li>
            {t('schedule.nextBreak', {
              title: schedule.nextBreak.segment.title,
              time: at(schedule.nextBreak),
              planned: planned(schedule.nextBreak),
            })}
          </li>
        )}
        {schedule.closing && (
          <li>{t('schedule.closing', { time: at(schedule.closing), planned: planned(schedule.closing) })}</li>
        )}
      </ul>
      {controls && drift !== 0 && (
        <div className="drift-actions" role="group" aria-label={t('schedule.replan')}>
          <button type="button" className="secondary" onClick={() => replan('shift')}>
            {t('schedule.shift', { n: drift })}
          </button>
          {drift > 0 && (
            <button type="button" className="secondary" onClick={() => replan('shorten')}>
              {t('schedule.shorten')}
            </button>
          )}
        </div>
      )}
      <CommandError text={refusal && t('schedule.error', { code: refusal.error })} />
    </div>
  );
}
