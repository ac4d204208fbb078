/** Server time, refreshed on an interval: for clocks that need minutes, not frames. */
import { useEffect, useState } from 'react';
import { useConnection } from '../stores/connection.ts';

export function useServerNow(everyMs: number): number {
  // Read at every render, so a re-measured offset (connect, reconnect, tab shown again) shows at once.
  const offset = useConnection((s) => s.clockOffsetMs);
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return Date.now() + offset;
}
