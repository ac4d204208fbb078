/**
 * Flood control for Socket.IO, keyed by who is speaking rather than by IP address: 80 people
 * behind one venue router each get their own allowance, and a participant with two tabs
 * shares one. Every message spends from its socket's allowance and, once joined, from its
 * participant's (the device's, held by its token): since a socket joins once, no join resets it. A client over its allowance has its messages refused (`rate_limited`); one that
 * keeps pushing is disconnected, and nobody else notices.
 */
import { fail } from '../../shared/errors.ts';
import type { PlenarySocket, SocketData } from './context.ts';

export interface RateLimitOptions {
  /** Messages a client may send in one burst. */
  burst: number;
  /** Messages per second the allowance refills at. */
  perSecond: number;
  /** Refusals (decaying at `perSecond / 2` per second) after which the socket is cut off. */
  strikesToDisconnect: number;
  /** Monotonic milliseconds; transport time, not the workshop clock (which tests may freeze). */
  now: () => number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  burst: 60,
  perSecond: 20,
  strikesToDisconnect: 100,
  now: () => performance.now(),
};

interface Bucket {
  tokens: number;
  strikes: number;
  at: number;
}

export type Verdict = 'allow' | 'refuse' | 'disconnect';

export interface RateLimiter {
  /** Spends one message of `key`'s allowance. */
  take(key: string): Verdict;
  /** Socket.IO middleware: every inbound packet of `socket`, known event or not, passes here. */
  guard(socket: PlenarySocket, onDisconnect: (key: string) => void): Parameters<PlenarySocket['use']>[0];
}

/**
 * Whom a socket's messages count against: the participant once joined (first, so their tabs
 * share one allowance and a cut-off sticks to them), and the socket itself.
 */
export function rateKeys(data: SocketData, socketId: string): string[] {
  const socket = `s:${socketId}`;
  return data.participantId ? [`p:${data.code}:${data.participantId}`, socket] : [socket];
}

/** Creates a limiter whose buckets live in this instance only (one per server). */
export function createRateLimiter(options: Partial<RateLimitOptions> = {}): RateLimiter {
  const o = { ...DEFAULT_RATE_LIMIT, ...options };
  const buckets = new Map<string, Bucket>();
  let lastSweep = o.now();

  // A bucket that is full again with no strikes is the same as no bucket: drop it.
  function sweep(now: number): void {
    if (now - lastSweep < 30_000) return;
    lastSweep = now;
    for (const [key, b] of buckets) if (refill(b, now).tokens >= o.burst && b.strikes === 0) buckets.delete(key);
  }

  function refill(b: Bucket, now: number): Bucket {
    const seconds = Math.max(0, now - b.at) / 1000;
    b.tokens = Math.min(o.burst, b.tokens + seconds * o.perSecond);
    b.strikes = Math.max(0, b.strikes - (seconds * o.perSecond) / 2);
    b.at = now;
    return b;
  }

  function take(key: string): Verdict {
    const now = o.now();
    sweep(now);
    let b = buckets.get(key);
    if (!b) {
      b = { tokens: o.burst, strikes: 0, at: now };
      buckets.set(key, b);
    }
    refill(b, now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 'allow';
    }
    b.strikes += 1;
    if (b.strikes < o.strikesToDisconnect) return 'refuse';
    // A cut-off identity that reconnects at once finds its allowance owed for a while, and
    // earns a fresh round of strikes before it is cut off again.
    b.tokens = -o.burst;
    b.strikes = 0;
    return 'disconnect';
  }

  // The first allowance that refuses decides; the later ones are not spent.
  function takeEach(keys: string[]): { verdict: Verdict; key: string } {
    for (const key of keys) {
      const verdict = take(key);
      if (verdict !== 'allow') return { verdict, key };
    }
    return { verdict: 'allow', key: keys[0] ?? '' };
  }

  return {
    take,
    guard: (socket, onDisconnect) => (packet, next) => {
      const { verdict, key } = takeEach(rateKeys(socket.data, socket.id));
      if (verdict === 'allow') return next();
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') (ack as (r: unknown) => void)(fail('rate_limited'));
      if (verdict === 'disconnect' && socket.connected) {
        onDisconnect(key);
        socket.disconnect(true);
      }
    },
  };
}
