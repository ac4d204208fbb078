/**
 * The facilitator deletes the whole workshop: the join code typed out first, then the key's REST
 * call. The server then closes this console's connection and the page says the code is gone.
 */
import { useState } from 'react';
import { useT } from '../../i18n/t.ts';
import { facilitatorKey } from '../../net/identity.ts';
import { forgetWorkshop } from '../../net/my-workshops.ts';
import { deleteWorkshopWithKey } from '../../net/workshop-deletion.ts';
import { ErrorLine } from '../../ui/ErrorLine.tsx';
import './deletion.css';

export function DeleteWorkshop({ code }: { code: string }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const key = facilitatorKey(code);

  async function remove() {
    if (!key) return;
    setBusy(true);
    const status = await deleteWorkshopWithKey(code, key);
    setBusy(false);
    if (status !== null) return setFailure(t('deletion.failed', { status }));
    forgetWorkshop(code);
  }

  return (
    <details className="folded delete-workshop" data-testid="delete-workshop">
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
