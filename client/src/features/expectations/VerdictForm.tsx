/** The facilitator's verdict on one expectation and, where it was not fully met, who carries it forward by when. */
import { useState, type FormEvent } from 'react';
import type { ExpectationResult, NoteId, Rating } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function VerdictForm({ noteId, result }: { noteId: NoteId; result: ExpectationResult | undefined }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [verdict, setVerdict] = useState<Rating | ''>(result?.verdict ?? '');
  const [text, setText] = useState(result?.action?.text ?? '');
  const [organisation, setOrganisation] = useState(result?.action?.organisation ?? '');
  const [due, setDue] = useState(result?.action?.due ?? '');
  const needsAction = verdict === 'partly' || verdict === 'not_met';

  function submit(e: FormEvent) {
    e.preventDefault();
    const action = needsAction && text.trim() ? { text, organisation, due } : null;
    void run((c) => c.review.verdict({ noteId, verdict: verdict || null, action }));
  }

  return (
    <form className="verdict-form" onSubmit={submit} data-testid="verdict-form">
      <label className="field">
        {t('review.verdict')}
        <select value={verdict} onChange={(e) => setVerdict(e.target.value as Rating | '')}>
          <option value="">{t('review.noVerdict')}</option>
          {(['met', 'partly', 'not_met'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`review.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {needsAction && (
        <fieldset className="verdict-action">
          <legend>{t('review.action')}</legend>
          <label className="field">
            {t('review.action')}
            <input value={text} maxLength={300} onChange={(e) => setText(e.target.value)} />
          </label>
          <label className="field">
            {t('review.actionOrg')}
            <input
              value={organisation}
              maxLength={60}
              required={text.trim() !== ''}
              onChange={(e) => setOrganisation(e.target.value)}
            />
          </label>
          <label className="field">
            {t('review.actionDue')}
            <input type="date" value={due} required={text.trim() !== ''} onChange={(e) => setDue(e.target.value)} />
          </label>
        </fieldset>
      )}
      <button type="submit" disabled={busy}>
        {t('review.save')}
      </button>
      <CommandError refusal={refusal} />
    </form>
  );
}
