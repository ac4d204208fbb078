/**
 * Follows a workshop by its replica alone: no Socket.IO, so a follower on a slow, metered
 * connection downloads and keeps open only what following needs. The clock is sampled over HTTP.
 */
import { useEffect, type ReactNode } from 'react';
import { syncClockOverHttp } from '../net/http-clock.ts';
import { openWorkshopReplica } from '../net/replica-link.ts';
import { expectSocket } from '../stores/connection.ts';

export function ReplicaConnection({ code, children }: { code: string; children: ReactNode }) {
  useEffect(() => {
    const base = location.origin;
    expectSocket(false);
    const replica = openWorkshopReplica(base, code, true);
    // Sample on every (re)sync and on return to the tab, as the socket screens do on reconnect.
    const onSync = (synced: boolean) => synced && void syncClockOverHttp(base, code);
    const onVisible = () => document.visibilityState === 'visible' && void syncClockOverHttp(base, code);
    replica.provider.on('sync', onSync);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      replica.provider.off('sync', onSync);
      replica.destroy();
      expectSocket(true);
    };
  }, [code]);
  return <>{children}</>;
}
