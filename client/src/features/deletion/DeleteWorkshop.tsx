/**
 * The facilitator deletes the whole workshop: the join code typed out first, then the key's REST
 * call. The server then closes this console's connection and the page says the code is gone.
 */
import { useState } from 'react';
import { useT } from '../../i18n/t.ts';
import { facilitatorKey } from '../../net/identity.ts';
import { forgetWorkshop } from '../../net/my-workshops.ts';
import { ErrorLine } from '../../ui/ErrorLine.tsx';
import './deletion.css';

/** Resolves with null when deleted, or the HTTP status (0 when the network failed). */
async function deleteWithKey(code: string, key: string): Promise<number | null> {
  try {
    const res = await fetch(`/api/workshops/${code}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${key}` },
    });
    return res.ok ? null : res.status;
  } catch {
    return 0;
  }
}

export function DeleteWorkshop({ code }: { code: string }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const key = facilitatorKey(code);

  async function remove() {
    if (!key) return;
    setBusy(true);
    const status = await deleteWithKey(code, key);
    setBusy(false);
    if (status !== null) return setFailure(t('deletion.failed', { status }));
    forgetWorkshop(code);
  }

  return (
    <details className="delete-workshop" data-testid="delete-workshop">
      <summary>{t('deletion.workshop')}</summary>
      <p>{t('deletion.workshopWhat')}</p>
      {key ? (
        <>
          <label>
            {t('deletion.typeCode', { code })}
            <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
          <button
            type="button"
            className="danger"
            disabled={busy || typed.trim().toUpperCase() !== code}
            onClick={() => void remove()}
          >
            {t('deletion.workshopYes')}
          </button>
        </>
      ) : (
        <p className="muted">{t('deletion.noKey')}</p>
      )}
      <ErrorLine text={failure} />
    </details>
  );
}
