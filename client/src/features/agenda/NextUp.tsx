/** "Next: …" for the projector and follow screens: the step after the live one and when it should start. */
import { useContent } from '../../i18n/content.ts';
import { agendaSteps, dayFinished, projectedAt } from '../../../../shared/schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { useRoom } from '../../stores/workshop.ts';
import { formatTime } from '../../ui/time-format.ts';
import { useSchedule } from './use-schedule.ts';
import './agenda.css';

export function NextUp() {
  const t = useT();
  const tc = useContent();
  const locale = useLocale((s) => s.locale);
  const room = useRoom();
  const schedule = useSchedule();
  if (!room || !schedule || dayFinished(room)) return null;
  const steps = agendaSteps(room.agenda);
  const index = steps.findIndex(
    (x) => x.segment.id === room.live.segmentId && (x.activity?.id ?? null) === room.live.activityId,
  );
  const next = steps[index + 1];
  if (!next) return null;
  const slot = schedule.slots.find((x) => x.segment === next.segment && x.activity === next.activity);
  const start = slot ? projectedAt(slot.start, schedule.driftMs ?? 0) : null;
  return (
    <p className="next-up" data-testid="next-up">
      <span className="next-up-label">{t('schedule.next')}</span>{' '}
      <span className="next-up-title">{tc(next.activity?.title ?? next.segment.title)}</span>
      {start !== null && <span className="next-up-time"> · {formatTime(start, locale, schedule.timezone)}</span>}
    </p>
  );
}
