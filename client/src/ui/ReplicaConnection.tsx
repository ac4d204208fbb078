/**
 * Follows a workshop by its replica alone: no Socket.IO, so a follower on a slow, metered
 * connection downloads and keeps open only what following needs. The clock is sampled over HTTP.
 */
import { useEffect, type ReactNode } from 'react';
import { syncClockOverHttp } from '../net/http-clock.ts';
import { openWorkshopReplica } from '../net/replica-link.ts';
import { expectSocket } from '../stores/connection.ts';

export function ReplicaConnection({
  code,
  lowData,
  children,
}: {
  code: string;
  lowData: boolean;
  children: ReactNode;
}) {
  useEffect(() => {
    const base = location.origin;
    expectSocket(false);
    // Sample on every (re)sync and on return to the tab, as the socket screens do on reconnect.
    const replica = openWorkshopReplica(base, code, {
      follower: true,
      lowData,
      onSynced: () => void syncClockOverHttp(base, code),
    });
    const onVisible = () => document.visibilityState === 'visible' && void syncClockOverHttp(base, code);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      replica.destroy();
      expectSocket(true);
    };
  }, [code, lowData]);
  return <>{children}</>;
}
