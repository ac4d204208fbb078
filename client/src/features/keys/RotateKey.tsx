/**
 * The facilitator replaces the key (a link was shared too widely, or read off the Wi-Fi): the old
 * console links stop working at once, this device keeps the new key, and the new link is shown
 * to copy; this console comes back with it by itself (net/handshake-auth.ts).
 */
import { useState } from 'react';
import { useT } from '../../i18n/t.ts';
import { facilitatorKey, saveFacilitatorKey } from '../../net/identity.ts';
import { rotateKeyWithKey } from '../../net/key-rotation.ts';
import { ErrorLine } from '../../ui/ErrorLine.tsx';
import './keys.css';

export function RotateKey({ code }: { code: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const key = facilitatorKey(code);

  async function rotate() {
    if (!key) return;
    setBusy(true);
    const answer = await rotateKeyWithKey(code, key);
    setBusy(false);
    if (typeof answer === 'number') return setFailure(t('keys.failed', { status: answer }));
    // Kept before anything else: the server has already closed this console's old-key connection.
    saveFacilitatorKey(code, answer.facilitatorKey);
    setLink(answer.links.facilitate);
  }

  return (
    <details className="folded rotate-key" data-testid="rotate-key">
      <summary>{t('keys.rotate')}</summary>
      <p>{t('keys.rotateWhat')}</p>
      {link ? (
        <div aria-live="polite">
          <p>{t('keys.newLink')}</p>
          <a href={link} data-testid="new-facilitator-link">
            {link}
          </a>
          <p>{t('keys.staysOpen')}</p>
        </div>
      ) : key ? (
        <button type="button" disabled={busy} onClick={() => void rotate()}>
          {t('keys.rotateYes')}
        </button>
      ) : (
        <p className="muted">{t('keys.noKey')}</p>
      )}
      <ErrorLine text={failure} />
    </details>
  );
}
