/** A one-line field and its button that send one command with the text (a table, a cluster, a message), emptied once accepted. */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Result } from '../../../../shared/errors.ts';
import type { Intents } from '../../net/commands.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

interface Props {
  id: string;
  label: string;
  button: string;
  maxLength: number;
  className: string;
  send: (text: string) => (intents: Intents) => Promise<Result<unknown>>;
  /** More controls in the form (the message's "Clear"). */
  children?: ReactNode;
}

export function TextCommand({ id, label, button, maxLength, className, send, children }: Props) {
  const { run, refusal, busy } = useCommand();
  const [text, setText] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (trimmed && (await run(send(trimmed))).ok) setText('');
  };
  return (
    <form className={className} onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={text} maxLength={maxLength} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      <button type="submit" disabled={busy || !text.trim()}>
        {button}
      </button>
      {children}
      <CommandError refusal={refusal} />
    </form>
  );
}
