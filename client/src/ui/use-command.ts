/**
 * Sending a command from a component: busy while it runs, and its refusal kept until a command
 * succeeds or it has been on screen long enough to read (not for the rest of the day).
 */
import { useCallback, useEffect, useState } from 'react';
import { fail, type Result } from '../../../shared/errors.ts';
import type { Intents } from '../net/commands.ts';
import { useConnectionHandle } from './connection-handle.ts';

export type Refusal = Extract<Result<unknown>, { ok: false }>;

export interface CommandState {
  /** Runs one intent on the page's connection; `offline` before it exists. */
  run<T>(send: (intents: Intents) => Promise<Result<T>>): Promise<Result<T>>;
  refusal: Refusal | null;
  busy: boolean;
}

/** The one way a component sends a command. */
export function useCommand(): CommandState {
  const connection = useConnectionHandle();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(send: (intents: Intents) => Promise<Result<T>>): Promise<Result<T>> => {
      setBusy(true);
      const r = connection ? await send(connection.intents) : fail<T>('offline');
      setBusy(false);
      setRefusal(r.ok ? null : r);
      return r;
    },
    [connection],
  );
  useRefusalExpiry(refusal, () => setRefusal(null));
  return { run, refusal, busy };
}

/** Time a refusal stays on screen: long enough to read, not for the rest of the day. */
const REFUSAL_SHOWN_MS = 12_000;

/** Clears a shown refusal once it has been on screen for REFUSAL_SHOWN_MS. */
function useRefusalExpiry(refusal: Refusal | null, clear: () => void): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts only when a new refusal arrives
  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(clear, REFUSAL_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [refusal]);
}
