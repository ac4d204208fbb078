/**
 * The facilitator's timeline: every step with its planned and actual times, the live one marked,
 * a button to jump to any step, and "Finish the day" in the closing. Drift and re-planning sit on
 * top; previous and next are in the console's bar.
 */
import { useEffect, useRef } from 'react';
import { useContent } from '../../i18n/content.ts';
import type { Actual } from '../../../../shared/model.ts';
import type { PlannedSlot } from '../../../../shared/schedule.ts';
import { useT, type Translate } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { formatTime } from '../../ui/time-format.ts';
import { DriftSummary } from './DriftSummary.tsx';
import { FinishDay } from './FinishDay.tsx';
import { useSchedule } from './use-schedule.ts';
import './agenda.css';

const NO_ACTUALS: Record<string, Actual> = {};

export function AgendaTimeline() {
  const t = useT();
  const tc = useContent();
  const locale = useLocale((s) => s.locale);
  const schedule = useSchedule();
  const live = useWorkshop((s) => s.state?.room.live ?? null);
  const actuals = useWorkshop((s) => s.state?.actuals ?? NO_ACTUALS);
  const { run, refusal } = useCommand();
  const steps = useRef<HTMLOListElement>(null);
  // The day is longer than the panel: keep the step the room is in within view as it moves on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the live step changes, which the effect finds in the DOM
  useEffect(() => {
    steps.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }, [live?.segmentId, live?.activityId]);
  if (!schedule || !live) return null;
  const time = (ms: number) => formatTime(ms, locale, schedule.timezone);

  return (
    <section className="timeline" aria-label={t('agenda.title')}>
      <CommandError refusal={refusal} />
      <FinishDay />
      <DriftSummary controls />
      <ol className="timeline-steps" ref={steps}>
        {schedule.slots.map((slot) => {
          const id = slot.activity?.id ?? slot.segment.id;
          const current = slot.segment.id === live.segmentId && (slot.activity?.id ?? null) === live.activityId;
          const firstOfSegment = !slot.activity || slot.segment.activities[0] === slot.activity;
          return (
            <li
              key={id}
              className={`timeline-step${current ? ' current' : ''}${slot.segment.kind === 'break' ? ' break' : ''}`}
              aria-current={current ? 'step' : undefined}
              data-step={id}
            >
              {firstOfSegment && slot.activity && (
                <p className="timeline-segment">
                  {tc(slot.segment.title)}{' '}
                  <span className="timeline-actual">{actualText(t, actuals[slot.segment.id], time)}</span>
                </p>
              )}
              <div className="timeline-row">
                <span className="timeline-title">{tc(titleOf(slot))}</span>
                <span className="timeline-planned">
                  {t('schedule.planned', { start: time(slot.start), end: time(slot.end) })}
                </span>
                <span className="timeline-actual">{actualText(t, actuals[id], time)}</span>
                {!current && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => run((c) => c.agenda.enter(slot.segment.id, slot.activity?.id ?? null))}
                    aria-label={t('schedule.goTo', { title: tc(titleOf(slot)) })}
                  >
                    {t('schedule.go')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const titleOf = (slot: PlannedSlot) => slot.activity?.title ?? slot.segment.title;

function actualText(t: Translate, actual: Actual | undefined, time: (ms: number) => string): string {
  if (!actual) return '';
  return actual.endedAt === null
    ? t('schedule.since', { start: time(actual.startedAt) })
    : t('schedule.actual', { start: time(actual.startedAt), end: time(actual.endedAt) });
}
