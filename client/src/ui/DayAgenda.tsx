/** The day's agenda folded away under its title, for screens where the current step comes first. */
import { AgendaList } from '../features/agenda/AgendaList.tsx';
import { useT } from '../i18n/t.ts';

export function DayAgenda() {
  const t = useT();
  return (
    <details className="day-agenda">
      <summary>{t('agenda.title')}</summary>
      <AgendaList />
    </details>
  );
}
