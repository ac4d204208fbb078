/**
 * This node's leases on workshops, for many nodes on one database. A workshop is loaded, decided
 * on and written only while its lease is held; the lease is taken on first need, all of them are
 * renewed in one statement every third of the lease, and given back on a graceful stop.
 *
 * Expiry is judged by the database's clock; locally a lease counts as held only until `ttl −
 * margin` after the renewal that confirmed it was *sent* (monotonic clock), so this node stops
 * serving before any other could take it over. Writes are fenced by the epoch in the database
 * all the same: a paused node that wakes late writes nothing.
 */
import { EventEmitter } from 'node:events';
import type { Logger } from '../log.ts';
import { NotOwner, type HeldLease, type LeaseStore } from '../persistence/port.ts';

export interface OwnershipEvents {
  /** The lease lapsed or another node took it: the workshop must leave memory and its sockets close. */
  lost: [code: string];
  /** Another node was asked for this workshop (the balancer sends its clients there): hand it over. */
  handover: [code: string];
}

export interface Ownership {
  readonly node: string;
  events: EventEmitter<OwnershipEvents>;
  /**
   * The epoch this node holds the workshop at, taking the lease if it is free; null when no such
   * workshop exists. Held elsewhere: rejects with NotOwner; with `ask` (a new connection or
   * request the balancer sent here) the holder is first asked to hand over, and this waits a
   * little for it.
   */
  acquire(code: string, ask: boolean): Promise<number | null>;
  /** The epoch held now, if any. */
  epochOf(code: string): number | undefined;
  /** Gives one lease back (the workshop left memory, or was handed over). */
  release(code: string): Promise<void>;
  /** Forgets a lease the database says is gone (a fenced commit): nothing to give back. */
  forget(code: string): void;
  /** Stops renewing and gives every lease back. */
  close(): Promise<void>;
}

export interface OwnershipOptions {
  leases: LeaseStore;
  node: string;
  ttlMs: number;
  log: Logger;
  /** How long an acquisition waits for the holder to hand over or its lease to lapse. */
  waitMs?: number;
  /**
   * A workshop taken less than this long ago is not handed over yet (HANDOVER_COOLDOWN_MS): when
   * the balancer's ring flaps, it would otherwise bounce between nodes, its clients reconnecting
   * each time. The asking node's clients wait; the request is answered once the cool-down is over.
   */
  cooldownMs?: number;
  /** Monotonic milliseconds. */
  now?: () => number;
}

interface Held {
  epoch: number;
  /** Monotonic time the lease was taken, for the hand-over cool-down. */
  takenAt: number;
  /** Monotonic time after which this node no longer counts the lease as its own. */
  validUntil: number;
}

/** Polling interval while waiting for another node's lease. */
const WAIT_STEP_MS = 250;

export function createOwnership(options: OwnershipOptions): Ownership {
  const { leases, node, ttlMs, log } = options;
  const now = options.now ?? (() => performance.now());
  const margin = Math.max(200, ttlMs / 10);
  const waitMs = options.waitMs ?? Math.min(5000, ttlMs / 2);
  const cooldownMs = options.cooldownMs ?? 0;
  const events = new EventEmitter<OwnershipEvents>();
  const held = new Map<string, Held>();
  const pending = new Map<string, Promise<number | null>>();
  let renewing = false;
  let closed = false;

  const lose = (code: string, why: string) => {
    if (!held.delete(code)) return;
    log.warn('lease_lost', { code, node, why });
    events.emit('lost', code);
  };

  async function renew(): Promise<void> {
    if (renewing || closed) return;
    renewing = true;
    const sentAt = now();
    const sent: HeldLease[] = [...held].map(([code, h]) => ({ code, epoch: h.epoch }));
    try {
      const kept = await leases.renew(node, sent, ttlMs);
      const answered = new Map(kept.map((k) => [k.code, k.handoverTo]));
      for (const { code, epoch } of sent) {
        const h = held.get(code);
        // Released or re-taken while the renewal was out: not this renewal's business.
        if (!h || h.epoch !== epoch) continue;
        if (!answered.has(code)) {
          lose(code, 'taken');
          continue;
        }
        h.validUntil = sentAt + ttlMs - margin;
        const asker = answered.get(code);
        if (!asker || asker === node) continue;
        if (sentAt - h.takenAt >= cooldownMs) events.emit('handover', code);
        else log.debug('handover_cooling', { code, node, asker });
      }
    } catch (err) {
      log.warn('lease_renew_failed', { node, error: String(err) });
    } finally {
      renewing = false;
    }
    expire();
  }

  /** Leases not confirmed in time are dropped here before any other node can take them there. */
  function expire(): void {
    const t = now();
    for (const [code, h] of held) if (t > h.validUntil) lose(code, 'lapsed');
  }

  const renewal = setInterval(() => void renew(), Math.max(100, Math.floor(ttlMs / 3)));
  renewal.unref();
  const expiry = setInterval(expire, Math.max(50, Math.floor(margin / 2)));
  expiry.unref();

  async function take(code: string, ask: boolean): Promise<number | null> {
    const deadline = now() + (ask ? waitMs : 0);
    for (;;) {
      const sentAt = now();
      const answer = await leases.acquire(code, node, ttlMs, ask);
      if (answer === null) return null;
      if (answer.granted) {
        held.set(code, { epoch: answer.epoch, takenAt: sentAt, validUntil: sentAt + ttlMs - margin });
        log.info('lease_taken', { code, node, epoch: answer.epoch });
        return answer.epoch;
      }
      if (closed || now() + WAIT_STEP_MS > deadline) throw new NotOwner(code, answer.owner);
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }

  return {
    node,
    events,
    acquire(code, ask) {
      const h = held.get(code);
      if (h) return Promise.resolve(h.epoch);
      let p = pending.get(code);
      if (!p) {
        p = take(code, ask);
        pending.set(code, p);
        const done = () => pending.delete(code);
        p.then(done, done);
      }
      return p;
    },
    epochOf: (code) => held.get(code)?.epoch,
    async release(code) {
      const h = held.get(code);
      if (!h) return;
      held.delete(code);
      await leases.release(node, [{ code, epoch: h.epoch }]);
      log.info('lease_released', { code, node });
    },
    forget(code) {
      lose(code, 'fenced');
    },
    async close() {
      closed = true;
      clearInterval(renewal);
      clearInterval(expiry);
      const all = [...held].map(([code, h]) => ({ code, epoch: h.epoch }));
      held.clear();
      await leases.release(node, all);
    },
  };
}
