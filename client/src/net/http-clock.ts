/**
 * Clock sampling over plain HTTP, for screens that follow by replica alone. The same
 * lowest-round-trip estimate as the socket ping; an unknown workshop is reported as refused.
 */
import { setClockOffset, setRefused } from '../stores/connection.ts';
import { offsetFromSamples, sampleClock } from './clock.ts';

/** Samples `/api/workshops/<code>/clock` and stores the offset; never throws. */
export async function syncClockOverHttp(baseUrl: string, code: string): Promise<void> {
  const ping = async () => {
    const res = await fetch(`${baseUrl}/api/workshops/${code}/clock`, { cache: 'no-store' });
    if (res.status === 404) setRefused('not_found');
    if (!res.ok) throw new Error(`clock: HTTP ${res.status}`);
    return ((await res.json()) as { serverNow: number }).serverNow;
  };
  try {
    const offset = offsetFromSamples(await sampleClock(ping, () => Date.now()));
    if (offset !== null) setClockOffset(offset);
  } catch {
    // Offline or refused: the replica's status shows it; the next visibility change retries.
  }
}
