/** Always-visible connection state: live, connecting, or offline and reconnecting. */
import { useT } from '../i18n/t.ts';
import { useConnection } from '../stores/connection.ts';

export function ConnectionBadge() {
  const t = useT();
  const socket = useConnection((s) => s.socketConnected);
  const synced = useConnection((s) => s.replicaSynced);
  const everSynced = useConnection((s) => s.session !== null);
  const state = socket && synced ? 'live' : everSynced ? 'offline' : 'connecting';
  const label = state === 'live' ? t('conn.live') : state === 'offline' ? t('conn.offline') : t('conn.connecting');
  return (
    <span className={`badge badge-${state}`} role="status" aria-live="polite" data-testid="connection-state" data-state={state}>
      {label}
    </span>
  );
}
