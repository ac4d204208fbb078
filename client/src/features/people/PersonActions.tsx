/** The facilitator's controls for one person: co-facilitator or not, and removal after a confirmation. */
import { useState } from 'react';
import type { PresencePerson } from '../../../../shared/protocol/session.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function PersonActions({ person }: { person: PresencePerson }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [confirming, setConfirming] = useState(false);
  const name = person.name;
  const send = (action: 'promote' | 'demote' | 'remove') => void run((c) => c.people[action](person.id));
  return (
    <span className="person-actions">
      {person.cofacilitator ? (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={t('people.demoteLabel', { name })}
          onClick={() => send('demote')}
        >
          {t('people.demote')}
        </button>
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={t('people.promoteLabel', { name })}
          onClick={() => send('promote')}
        >
          {t('people.promote')}
        </button>
      )}
      {confirming ? (
        <span role="group" className="person-confirm">
          <span>{t('people.kickConfirm', { name })}</span>
          <button type="button" disabled={busy} onClick={() => send('remove')}>
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
      <CommandError refusal={refusal} />
    </span>
  );
}
