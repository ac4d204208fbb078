/**
 * Always-visible connection state: live, connecting, offline, or refused for good (within seconds of the network
 * going, see net/silence.ts) with how many notes wait on this device to be sent.
 */
import { useT } from '../i18n/t.ts';
import { isLive, useConnection } from '../stores/connection.ts';
import { useOutbox } from '../stores/outbox.ts';

function useLinkState() {
  const t = useT();
  const live = useConnection(isLive);
  const everLive = useConnection((s) => s.everLive);
  // A removed participant's socket is closed on purpose: "reconnecting" would promise what will not happen.
  const removed = useConnection((s) => s.removed);
  // So is a refused handshake (expired token, unknown code): the page says why, the badge must not say "connecting".
  const refused = useConnection((s) => s.refused !== null);
  const waiting = useOutbox((s) => s.pending.length);
  const state = removed ? 'removed' : refused ? 'refused' : live ? 'live' : everLive ? 'offline' : 'connecting';
  const label = {
    removed: t('conn.removed'),
    refused: t('conn.refused'),
    live: waiting > 0 ? t('conn.sending', { count: waiting }) : t('conn.live'),
    offline: waiting > 0 ? t('conn.offlineWaiting', { count: waiting }) : t('conn.offline'),
    connecting: t('conn.connecting'),
  }[state];
  return { state, label, waiting };
}

/**
 * The same news at the top of a scrolled phone or follow screen, whose header is out of sight:
 * shown only while offline, and silent for screen readers (the badge already announced it).
 */
export function OfflineBanner() {
  const { state, label } = useLinkState();
  if (state !== 'offline') return null;
  return (
    <p className="offline-banner" aria-hidden="true" data-testid="offline-banner">
      {label}
    </p>
  );
}

export function ConnectionBadge() {
  const { state, label, waiting } = useLinkState();
  return (
    <span
      className={`badge badge-${state}`}
      role="status"
      aria-live="polite"
      data-testid="connection-state"
      data-state={state}
      data-waiting={waiting}
    >
      {label}
    </span>
  );
}
