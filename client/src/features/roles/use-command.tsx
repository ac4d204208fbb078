/** Sending a command from a component: its last error, shown the same way by every roles, review and questions control. */
import { useCallback, useState } from 'react';
import { fail, type ErrorCode, type Result } from '../../../../shared/errors.ts';
import { useT } from '../../i18n/t.ts';
import type { Connection } from '../../net/connection.ts';
import { useRefusalExpiry } from '../../ui/CommandError.tsx';
import { useConnectionHandle } from '../../ui/connection-handle.ts';

export interface CommandState {
  /** Runs `send` on the page's connection; `offline` before it exists. */
  run<T>(send: (c: Connection) => Promise<Result<T>>): Promise<Result<T>>;
  error: ErrorCode | null;
  busy: boolean;
}

export function useCommand(): CommandState {
  const connection = useConnectionHandle();
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T,>(send: (c: Connection) => Promise<Result<T>>): Promise<Result<T>> => {
      if (!connection) {
        setError('offline');
        return fail('offline');
      }
      setBusy(true);
      const r = await send(connection);
      setBusy(false);
      setError(r.ok ? null : r.error);
      return r;
    },
    [connection],
  );
  useRefusalExpiry(error, () => setError(null));
  return { run, error, busy };
}

/** The last error of a command, announced to screen readers. */
export function CommandError({ error }: { error: ErrorCode | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {t(`error.${error}`)}
    </p>
  );
}
