/** The day's agenda with venue times (and the viewer's own where they differ), the live segment marked. */
import { clockMinutes, formatClock, venueTimeToInstant } from '../../../../shared/time.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { useRoom } from '../../stores/workshop.ts';
import { formatTime, sameClock } from '../../ui/time-format.ts';

/** A plan time on the venue's clock; a day re-planned past midnight reads 00:30, not 24:30. */
const clock = (time: string) => formatClock(clockMinutes(time));

export function AgendaList() {
  const t = useT();
  const locale = useLocale((x) => x.locale);
  const room = useRoom();
  if (!room) return null;
  const { date, timezone } = room.meta;
  // A remote attendee elsewhere reads the plan in their own time too.
  const yours = (start: string, end: string) => {
    const from = venueTimeToInstant(date, start, timezone);
    if (sameClock(from, timezone)) return null;
    return t('agenda.yourTime', {
      start: formatTime(from, locale),
      end: formatTime(venueTimeToInstant(date, end, timezone), locale),
    });
  };
  return (
    <section aria-labelledby="agenda-heading" className="agenda">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <ol>
        {room.agenda.segments.map((s) => {
          const live = s.id === room.live.segmentId;
          const mine = yours(s.start, s.end);
          return (
            <li
              key={s.id}
              className={live ? 'agenda-item live' : 'agenda-item'}
              aria-current={live ? 'step' : undefined}
              data-segment={s.id}
            >
              <span className="agenda-time">
                {clock(s.start)}–{clock(s.end)}
              </span>{' '}
              <span className="agenda-title">{s.title}</span>
              {mine && <span className="agenda-yours muted"> ({mine})</span>}
              {live && <strong className="agenda-now"> · {t('agenda.now')}</strong>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
