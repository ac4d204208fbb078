/** The facilitator's message to all groups ("5 minutes left"): send, replace, clear. */
import { useState, type FormEvent } from 'react';
import { BREAKOUT_LIMITS, type BreakoutMessage } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';

export function MessageControls({ message }: { message: BreakoutMessage | null }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [text, setText] = useState('');
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (trimmed && (await run((i) => breakoutIntents(i).message(trimmed))).ok) setText('');
  };
  return (
    <form className="group-message-form" onSubmit={send}>
      <label htmlFor="group-message">{t('breakouts.messageAll')}</label>
      <input
        id="group-message"
        value={text}
        maxLength={BREAKOUT_LIMITS.messageMax}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
      <button type="submit" disabled={busy || !text.trim()}>
        {t('breakouts.send')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={busy || !message}
        onClick={() => void run((i) => breakoutIntents(i).message(null))}
      >
        {t('breakouts.clear')}
      </button>
      {message && (
        <p className="group-message-now" data-testid="group-message-now">
          <strong>{t('groupwork.message')}</strong> {message.text}
        </p>
      )}
      <CommandError refusal={refusal} />
    </form>
  );
}
