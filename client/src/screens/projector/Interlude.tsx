/**
 * What the room screen shows when no board is in use: before the day (the plan), in a break
 * ("Back at 11:30" and what follows), and once the day is finished.
 */
import { projectedAt } from '../../../../shared/schedule.ts';
import { AgendaList } from '../../features/agenda/AgendaList.tsx';
import { NextUp } from '../../features/agenda/NextUp.tsx';
import { useSchedule } from '../../features/agenda/use-schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { useRoom } from '../../stores/workshop.ts';
import { formatTime } from '../../ui/time-format.ts';

/**
 * A break: when the room comes back, its planned end moved by the drift (which a running
 * countdown sets), rounded up to the minute by the rule every screen uses, so "Back at" and the
 * next step's time agree.
 */
export function BreakPanel() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const room = useRoom();
  const schedule = useSchedule();
  if (!room || !schedule) return null;
  const back = schedule.live ? projectedAt(schedule.live.end, schedule.driftMs ?? 0) : null;
  return (
    <section className="interlude" data-testid="break">
      {back !== null && (
        <p className="interlude-big" data-testid="back-at">
          {t('projector.backAt', { time: formatTime(back, locale, room.meta.timezone) })}
        </p>
      )}
      <NextUp />
    </section>
  );
}

/** Before the first step: the day's plan, large. */
export function BeforeTheDay() {
  const t = useT();
  return (
    <section className="interlude" data-testid="before-day">
      <p className="interlude-big">{t('projector.welcome')}</p>
      <AgendaList />
    </section>
  );
}

/** After "Finish the day" (which the step line above says): thanks, and when it ended. */
export function DayOver() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const room = useRoom();
  if (!room?.finishedAt) return null;
  return (
    <section className="interlude" data-testid="day-over">
      <p className="interlude-big">{t('projector.thanks')}</p>
      <p className="interlude-line">
        {t('projector.endedAt', { time: formatTime(room.finishedAt, locale, room.meta.timezone) })}
      </p>
    </section>
  );
}
