/** A participant removes themselves: they choose what happens to their notes, then confirm. */
import { useState } from 'react';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import './deletion.css';

export function LeaveWorkshop({ onLeft }: { onLeft: () => void }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [notes, setNotes] = useState<'keep' | 'delete'>('keep');
  const leave = () => void run((c) => c.people.leave(notes)).then((r) => r.ok && onLeft());
  return (
    <details className="folded leave-workshop" data-testid="leave-workshop">
      <summary>{t('deletion.me')}</summary>
      <p>{t('deletion.meWhat')}</p>
      <fieldset>
        {(['keep', 'delete'] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name="leave-notes" checked={notes === choice} onChange={() => setNotes(choice)} />
            {t(choice === 'keep' ? 'deletion.keepNotes' : 'deletion.deleteNotes')}
          </label>
        ))}
      </fieldset>
      <button type="button" className="danger" disabled={busy} onClick={leave}>
        {t('deletion.meYes')}
      </button>
      <CommandError refusal={refusal} />
    </details>
  );
}
