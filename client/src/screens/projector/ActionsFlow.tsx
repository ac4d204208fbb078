/** "Commitments and next steps" on the room screen: the action list, under its dates or its organisations, paged. */
import { useT } from '../../i18n/t.ts';
import { FlowPager } from '../../features/paging/FlowPager.tsx';
import { ActionRow } from '../../features/roles/ActionRow.tsx';
import { useActions } from '../../features/roles/use-actions.ts';
import { useLocale } from '../../stores/locale.ts';
import { formatDay } from '../../ui/time-format.ts';
import { BoardHeading } from './BoardHeading.tsx';
import '../../features/roles/actions.css';

export function ActionsFlow() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const { items, order } = useActions();
  const sectionOf = (i: (typeof items)[number]) => (order === 'date' ? (i.due ?? '') : i.organisation);
  const sections = [...new Set(items.map(sectionOf))].map((id) => ({
    id,
    title: order === 'date' ? (id ? t('actions.by', { date: formatDay(id, locale) }) : t('actions.noDate')) : id,
  }));
  return (
    <section className="pboard" data-testid="action-list">
      <BoardHeading title={t('actions.title')} prompt={t(`actions.order.${order}`)} />
      {items.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <FlowPager
          items={items.map((i) => ({
            key: i.id,
            section: sectionOf(i),
            node: <ActionRow item={i} dated={order === 'date'} />,
          }))}
          sections={sections}
          minColumnEm={16}
          testId="actions-pager"
        />
      )}
    </section>
  );
}
