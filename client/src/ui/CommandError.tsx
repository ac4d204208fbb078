/** The outcome of a screen's last command: a refusal is shown (and announced) until a command succeeds. */
import { useCallback, useState } from 'react';
import type { Result } from '../../../shared/errors.ts';
import './command-error.css';

export type Refusal = Extract<Result<unknown>, { ok: false }>;

/** Tracks the last refusal; `report` takes any command's promise. */
export function useRefusal(): { refusal: Refusal | null; report: (p: Promise<Result<unknown>>) => Promise<void> } {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const report = useCallback((p: Promise<Result<unknown>>) => p.then((r) => setRefusal(r.ok ? null : r)), []);
  return { refusal, report };
}

/** A line announced to screen readers; nothing when `text` is null. */
export function CommandError({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="alert" className="command-error">
      {text}
    </p>
  );
}
