/** The rest of the day in the room screen's side column: from the live segment on, paged in the space left. */
import { dayFinished } from '../../../../shared/schedule.ts';
import { AgendaEntry } from '../../features/agenda/AgendaList.tsx';
import { FlowPager } from '../../features/paging/FlowPager.tsx';
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';

export function SideAgenda() {
  const t = useT();
  const room = useRoom();
  // Before the day the stage shows the whole plan; once it is over there is no rest of the day.
  if (!room || room.live.segmentId === null || dayFinished(room)) return null;
  const from = Math.max(
    0,
    room.agenda.segments.findIndex((s) => s.id === room.live.segmentId),
  );
  const rest = room.agenda.segments.slice(from);
  return (
    <section aria-labelledby="agenda-heading" className="agenda side-agenda">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <FlowPager
        sections={[{ id: 'day', title: '' }]}
        items={rest.map((s) => ({ key: s.id, section: 'day', node: <AgendaEntry segment={s} as="div" /> }))}
        minColumnEm={1}
        maxColumns={1}
        testId="agenda-pager"
      />
    </section>
  );
}
