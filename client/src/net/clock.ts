/**
 * Estimates the offset between this device's clock and the server's from several ping
 * samples, keeping the one with the lowest round trip (the least distorted by the network).
 */

export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverNow: number;
}

/** Offset to add to the local clock to get server time, from the fastest sample. */
export function offsetFromSamples(samples: ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const s of samples) if (!best || s.receivedAt - s.sentAt < best.receivedAt - best.sentAt) best = s;
  if (!best) return null;
  return best.serverNow + (best.receivedAt - best.sentAt) / 2 - best.receivedAt;
}

/** Takes `count` samples one after another with `ping`, which resolves the server's time. */
export async function sampleClock(ping: () => Promise<number>, now: () => number, count = 5): Promise<ClockSample[]> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < count; i++) {
    const sentAt = now();
    const serverNow = await ping();
    samples.push({ sentAt, receivedAt: now(), serverNow });
  }
  return samples;
}
