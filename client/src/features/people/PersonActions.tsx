/** The facilitator's controls for one person: co-facilitator or not, and removal after a confirmation. */
import { useState } from 'react';
import type { PresencePerson } from '../../../../shared/protocol/session.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError, useCommand } from '../roles/use-command.tsx';

type PeopleEvent = 'people:promote' | 'people:demote' | 'people:kick';

export function PersonActions({ person }: { person: PresencePerson }) {
  const t = useT();
  const { run, error, busy } = useCommand();
  const [confirming, setConfirming] = useState(false);
  const name = person.name;
  const send = (event: PeopleEvent) => void run((c) => c.command(event, { participantId: person.id }));
  return (
    <span className="person-actions">
      {person.cofacilitator ? (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={t('people.demoteLabel', { name })}
          onClick={() => send('people:demote')}
        >
          {t('people.demote')}
        </button>
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={t('people.promoteLabel', { name })}
          onClick={() => send('people:promote')}
        >
          {t('people.promote')}
        </button>
      )}
      {confirming ? (
        <span role="group" className="person-confirm">
          <span>{t('people.kickConfirm', { name })}</span>
          <button type="button" disabled={busy} onClick={() => send('people:kick')}>
            {t('people.kickYes')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('people.kickCancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="secondary"
          aria-label={t('people.kickLabel', { name })}
          onClick={() => setConfirming(true)}
        >
          {t('people.kick')}
        </button>
      )}
      <CommandError error={error} />
    </span>
  );
}
