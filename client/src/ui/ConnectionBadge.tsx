/** Always-visible connection state: live, connecting, or offline and reconnecting. */
import { useT } from '../i18n/t.ts';
import { isLive, useConnection } from '../stores/connection.ts';

export function ConnectionBadge() {
  const t = useT();
  const live = useConnection(isLive);
  const everLive = useConnection((s) => s.everLive);
  const state = live ? 'live' : everLive ? 'offline' : 'connecting';
  const label = state === 'live' ? t('conn.live') : state === 'offline' ? t('conn.offline') : t('conn.connecting');
  return (
    <span className={`badge badge-${state}`} role="status" aria-live="polite" data-testid="connection-state" data-state={state}>
      {label}
    </span>
  );
}
