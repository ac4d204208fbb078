/** One action of the day: who (organisation and contact person), does what, by when. */
import type { ActionItem } from '../../../../shared/actions.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { formatDay } from '../../ui/time-format.ts';

/** `dated`: the list is already under this date, so the row does not repeat it. */
export function ActionRow({ item, dated = false }: { item: ActionItem; dated?: boolean }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  return (
    <article className={`action action-${item.source}`} data-action-item={item.id} data-source={item.source}>
      <p className="action-who">
        <strong>{item.organisation}</strong>
        {item.contact && ` · ${item.contact}`}
      </p>
      <p className="action-what">{item.text}</p>
      <p className="action-when">
        {!dated && <>{item.due ? t('actions.by', { date: formatDay(item.due, locale) }) : t('actions.noDate')} · </>}
        {t(`actions.source.${item.source}`)}
      </p>
    </article>
  );
}
