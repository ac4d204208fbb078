/** A command's refusal, announced to screen readers; nothing while there is none. */
import { useT } from '../i18n/t.ts';
import type { Refusal } from './use-command.ts';
import './command-error.css';

/** Shows `refusal` in the words `text` gives it, or in the error code's own sentence. */
export function CommandError({ refusal, text }: { refusal: Refusal | null; text?: (r: Refusal) => string }) {
  const t = useT();
  if (!refusal) return null;
  return (
    <p role="alert" className="command-error">
      {text ? text(refusal) : t(`error.${refusal.error}`)}
    </p>
  );
}
