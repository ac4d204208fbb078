/** The outcome of a screen's last command: a refusal is shown (and announced) until a command succeeds or it has been read. */
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/errors.ts';
import './command-error.css';

export type Refusal = Extract<Result<unknown>, { ok: false }>;

/** Tracks the last refusal; `report` takes any command's promise. */
export function useRefusal(): { refusal: Refusal | null; report: (p: Promise<Result<unknown>>) => Promise<void> } {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const report = useCallback((p: Promise<Result<unknown>>) => p.then((r) => setRefusal(r.ok ? null : r)), []);
  useRefusalExpiry(refusal, () => setRefusal(null));
  return { refusal, report };
}

/** Time a refusal stays on screen: long enough to read, not for the rest of the day. */
export const REFUSAL_SHOWN_MS = 12_000;

/** Clears a shown refusal once it has been on screen for REFUSAL_SHOWN_MS. */
export function useRefusalExpiry(refusal: unknown, clear: () => void): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts only when a new refusal arrives
  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(clear, REFUSAL_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [refusal]);
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
