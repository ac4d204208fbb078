/**
 * "Commitments and next steps": the day's outcome as an action list, ordered by date or by
 * organisation. The console chooses the order (the room screen and the report use it); a
 * participant's phone reads the list in that order.
 */
import { useT } from '../../i18n/t.ts';
import { ActionRow } from './ActionRow.tsx';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { useActions } from './use-actions.ts';
import './actions.css';

export function ActionList({ readOnly = false }: { readOnly?: boolean }) {
  const t = useT();
  const { items, order } = useActions();
  const { run, refusal, busy } = useCommand();
  return (
    <section className="action-list" aria-labelledby="actions-heading" data-testid="action-list">
      <h2 id="actions-heading">{t('actions.title')}</h2>
      {readOnly ? (
        <p className="muted">{t(`actions.order.${order}`)}</p>
      ) : (
        <div className="row" role="group" aria-label={t('actions.order')}>
          {(['date', 'organisation'] as const).map((o) => (
            <button
              key={o}
              type="button"
              className={order === o ? '' : 'secondary'}
              aria-pressed={order === o}
              disabled={busy}
              onClick={() => run((c) => c.agenda.display({ actionOrder: o }))}
              data-testid={`action-order-${o}`}
            >
              {t(`actions.order.${o}`)}
            </button>
          ))}
        </div>
      )}
      <CommandError refusal={refusal} />
      {items.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <ol className="stack-list">
          {items.map((item) => (
            <li key={item.id}>
              <ActionRow item={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
