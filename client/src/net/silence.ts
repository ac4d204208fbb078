/**
 * Noticing a dead network in seconds: the server sends something every heartbeat on both
 * channels, so a channel that has heard nothing for LINK_LIMITS.silentMs, or a device that says
 * it went offline, is reported silent; one silent for much longer is made to reconnect.
 */
import { LINK_LIMITS } from '../../../shared/limits.ts';

/** Silent this long and the connection is assumed dead: it is closed so it reconnects. */
const RECONNECT_AFTER_MS = 15_000;

/**
 * Checks twice a second and returns the stop function. `lastHeard` is when anything last
 * arrived; `connected` says whether silence means anything (a closed channel reports itself).
 */
export function watchSilence(opts: {
  connected: () => boolean;
  lastHeard: () => number;
  onSilent: (silent: boolean) => void;
  reconnect: () => void;
  /** Heard again after a silence: what came during it may be lost, so the channel catches up. */
  recovered: () => void;
}): () => void {
  const win = typeof window === 'undefined' ? null : window;
  let deviceOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
  let reconnectedAfter = 0;
  let wasSilent = false;
  const check = () => {
    const heard = opts.lastHeard();
    const quiet = Date.now() - heard;
    const silent = opts.connected() && (deviceOffline || quiet > LINK_LIMITS.silentMs);
    opts.onSilent(silent);
    if (wasSilent && !silent && opts.connected()) opts.recovered();
    wasSilent = silent;
    if (silent && quiet > RECONNECT_AFTER_MS && reconnectedAfter !== heard) {
      reconnectedAfter = heard;
      opts.reconnect();
    }
  };
  const offline = () => {
    deviceOffline = true;
    check();
  };
  const online = () => {
    deviceOffline = false;
    check();
  };
  win?.addEventListener('offline', offline);
  win?.addEventListener('online', online);
  const timer = setInterval(check, 500);
  return () => {
    clearInterval(timer);
    win?.removeEventListener('offline', offline);
    win?.removeEventListener('online', online);
  };
}
