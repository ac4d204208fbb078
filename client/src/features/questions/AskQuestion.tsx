/** The participant's question form for the talk live now. */
import { useState, type FormEvent } from 'react';
import { QUESTION_LIMITS } from '../../../../shared/limits.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function AskQuestion({ boardId }: { boardId: string }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [text, setText] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    const r = await run((c) => c.questions.ask(boardId, text));
    if (r.ok) setText('');
  }

  return (
    <form className="ask-question" onSubmit={submit}>
      <label className="field">
        {t('questions.ask')}
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={QUESTION_LIMITS.textMax}
          rows={2}
          required
          data-testid="question-text"
        />
      </label>
      <button type="submit" disabled={busy || !text.trim()} data-testid="question-send">
        {t('questions.send')}
      </button>
      <CommandError refusal={refusal} />
    </form>
  );
}
