/** Always-visible connection state: live, connecting, or offline and reconnecting. */
import { useT } from '../i18n/t.ts';
import { isLive, useConnection } from '../stores/connection.ts';

export function ConnectionBadge() {
  const t = useT();
  const live = useConnection(isLive);
  const everLive = useConnection((s) => s.everLive);
  // A removed participant's socket is closed on purpose: "reconnecting" would promise what will not happen.
  const removed = useConnection((s) => s.removed);
  const state = removed ? 'removed' : live ? 'live' : everLive ? 'offline' : 'connecting';
  const label = {
    removed: t('conn.removed'),
    live: t('conn.live'),
    offline: t('conn.offline'),
    connecting: t('conn.connecting'),
  }[state];
  return (
    <span
      className={`badge badge-${state}`}
      role="status"
      aria-live="polite"
      data-testid="connection-state"
      data-state={state}
    >
      {label}
    </span>
  );
}
