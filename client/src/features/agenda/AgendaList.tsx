/** The day's agenda with venue times (and the viewer's own where they differ), the live segment marked. */
import { useContent } from '../../i18n/content.ts';
import type { Segment } from '../../../../shared/model.ts';
import { dayFinished } from '../../../../shared/schedule.ts';
import { clockMinutes, formatClock, venueTimeToInstant } from '../../../../shared/time.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { useRoom } from '../../stores/workshop.ts';
import { formatTime, sameClock } from '../../ui/time-format.ts';

/** A plan time on the venue's clock; a day re-planned past midnight reads 00:30, not 24:30. */
const clock = (time: string) => formatClock(clockMinutes(time));

/** One segment of the day: its venue times, title, the viewer's own times where they differ, and "now". */
export function AgendaEntry({ segment: s, as: Tag = 'li' }: { segment: Segment; as?: 'li' | 'div' }) {
  const t = useT();
  const tc = useContent();
  const locale = useLocale((x) => x.locale);
  const room = useRoom();
  if (!room) return null;
  const { date, timezone } = room.meta;
  const live = s.id === room.live.segmentId && !dayFinished(room);
  // A remote attendee elsewhere reads the plan in their own time too.
  const from = venueTimeToInstant(date, s.start, timezone);
  const mine = sameClock(from, timezone)
    ? null
    : t('agenda.yourTime', {
        start: formatTime(from, locale),
        end: formatTime(venueTimeToInstant(date, s.end, timezone), locale),
      });
  return (
    <Tag
      className={live ? 'agenda-item live' : 'agenda-item'}
      aria-current={live ? 'step' : undefined}
      data-segment={s.id}
    >
      <span className="agenda-time">
        {clock(s.start)}–{clock(s.end)}
      </span>{' '}
      <span className="agenda-title">{tc(s.title)}</span>
      {mine && <span className="agenda-yours muted"> ({mine})</span>}
      {live && <strong className="agenda-now"> · {t('agenda.now')}</strong>}
    </Tag>
  );
}

export function AgendaList() {
  const t = useT();
  const segments = useRoom()?.agenda.segments;
  if (!segments) return null;
  return (
    <section aria-labelledby="agenda-heading" className="agenda">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <ol>
        {segments.map((s) => (
          <AgendaEntry key={s.id} segment={s} />
        ))}
      </ol>
    </section>
  );
}
