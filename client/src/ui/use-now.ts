/** Server time, refreshed on an interval: for clocks that need minutes, not frames. */
import { useEffect, useState } from 'react';
import { serverNow, useConnection } from '../stores/connection.ts';

export function useServerNow(everyMs: number): number {
  // Re-read when the clock offset is re-measured (reconnect, tab shown again).
  useConnection((s) => s.clockOffsetMs);
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const id = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
