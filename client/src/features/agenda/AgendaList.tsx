/** The day's agenda with venue times, the live segment marked. */
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';

export function AgendaList() {
  const t = useT();
  const room = useRoom();
  if (!room) return null;
  return (
    <section aria-labelledby="agenda-heading" className="agenda">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <ol>
        {room.agenda.segments.map((s) => {
          const live = s.id === room.live.segmentId;
          return (
            <li key={s.id} className={live ? 'agenda-item live' : 'agenda-item'} aria-current={live ? 'step' : undefined} data-segment={s.id}>
              <span className="agenda-time">
                {s.start}–{s.end}
              </span>{' '}
              <span className="agenda-title">{s.title}</span>
              {live && <strong className="agenda-now"> · {t('agenda.now')}</strong>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
