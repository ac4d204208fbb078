/**
 * "Same person as…": the facilitator merges a duplicate identity (a second device, a cleared
 * browser) into the person it belongs to. Picked from the list, then confirmed; co-facilitators
 * are not offered (the server refuses them too).
 */
import { useState } from 'react';
import type { PresencePerson } from '../../../../shared/protocol/session.ts';
import { useT } from '../../i18n/t.ts';
import { usePresence } from '../../stores/presence.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function MergePerson({ person, onDone }: { person: PresencePerson; onDone: () => void }) {
  const t = useT();
  const people = usePresence((s) => s.presence?.people ?? []);
  const [keepId, setKeepId] = useState('');
  const { run, refusal, busy } = useCommand();
  const others = people
    .filter((p) => p.id !== person.id && !p.cofacilitator)
    .sort((a, b) => a.name.localeCompare(b.name) || a.organisation.localeCompare(b.organisation));
  const keep = others.find((p) => p.id === keepId);
  const merge = () => void run((c) => c.people.merge(keepId, person.id)).then((r) => r.ok && onDone());
  return (
    <div className="person-merge" data-testid="person-merge">
      <label>
        {t('people.mergeInto', { name: person.name })}{' '}
        <select value={keepId} onChange={(e) => setKeepId(e.target.value)} data-testid="person-merge-into">
          <option value="">{t('people.mergePick')}</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} — {p.organisation}
            </option>
          ))}
        </select>
      </label>
      {keep && (
        <span role="group" className="person-confirm">
          <span>{t('people.mergeConfirm', { duplicate: person.name, keep: keep.name })}</span>
          <button type="button" disabled={busy} onClick={merge} data-testid="person-merge-yes">
            {t('people.mergeYes')}
          </button>
        </span>
      )}
      <button type="button" className="secondary" onClick={onDone}>
        {t('people.kickCancel')}
      </button>
      <CommandError refusal={refusal} />
    </div>
  );
}
