/** The facilitator's controls for one person, folded in a menu: co-facilitator or not, removal, merging a duplicate; each asks first. */
import { useState } from 'react';
import type { PresencePerson } from '../../../../shared/protocol/session.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { MergePerson } from './MergePerson.tsx';

type PeopleAction = 'promote' | 'demote' | 'remove';
type Asking = PeopleAction | 'merge';

export function PersonActions({ person }: { person: PresencePerson }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [asking, setAsking] = useState<Asking | null>(null);
  const name = person.name;
  const send = (action: PeopleAction) =>
    void run((c) => c.people[action](person.id)).then((r) => r.ok && setAsking(null));
  const role: PeopleAction = person.cofacilitator ? 'demote' : 'promote';
  const question = {
    promote: t('people.promoteConfirm', { name }),
    demote: t('people.demoteConfirm', { name }),
    remove: t('people.kickConfirm', { name }),
  };
  return (
    <details className="person-actions">
      <summary aria-label={t('people.actionsFor', { name })}>
        <span aria-hidden="true">⋯</span>
      </summary>
      <div className="person-menu">
        {asking === 'merge' ? (
          <MergePerson person={person} onDone={() => setAsking(null)} />
        ) : asking ? (
          <span role="group" className="person-confirm">
            <span>{question[asking]}</span>
            <button type="button" disabled={busy} onClick={() => send(asking)} data-testid="person-confirm">
              {t(asking === 'remove' ? 'people.kickYes' : 'people.yes')}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(null)}>
              {t('people.kickCancel')}
            </button>
          </span>
        ) : (
          <>
            <button
              type="button"
              className="secondary"
              aria-label={t(person.cofacilitator ? 'people.demoteLabel' : 'people.promoteLabel', { name })}
              onClick={() => setAsking(role)}
            >
              {t(person.cofacilitator ? 'people.demote' : 'people.promote')}
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={t('people.kickLabel', { name })}
              onClick={() => setAsking('remove')}
            >
              {t('people.kick')}
            </button>
            {!person.cofacilitator && (
              <button
                type="button"
                className="secondary"
                aria-label={t('people.mergeLabel', { name })}
                onClick={() => setAsking('merge')}
                data-testid="person-merge-open"
              >
                {t('people.merge')}
              </button>
            )}
          </>
        )}
        <CommandError refusal={refusal} />
      </div>
    </details>
  );
}
