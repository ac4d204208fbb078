/**
 * How many connections may be open at once: per address, per workshop and in total, both
 * sockets together. Each costs memory for as long as it lives (about 30 KB before it has done
 * anything), so a rate alone does not bound it; and one crowded workshop must leave room for the
 * others on the node.
 */

export interface ConnectionCapOptions {
  perAddress: number;
  perWorkshop: number;
  total: number;
}

export const DEFAULT_CONNECTION_CAPS: ConnectionCapOptions = { perAddress: 1000, perWorkshop: 5000, total: 10_000 };

export interface ConnectionCaps {
  /** Counts a connection of `address`; returns its release, or null when a cap is reached. */
  open(address: string): (() => void) | null;
  /** Whether `address` could open one more now. */
  hasRoom(address: string): boolean;
  /** Counts a connection into workshop `code`; returns its release, or null when the workshop is full. */
  enter(code: string): (() => void) | null;
  count(address?: string): number;
}

/** Creates the counters of one server. */
export function createConnectionCaps(options: ConnectionCapOptions = DEFAULT_CONNECTION_CAPS): ConnectionCaps {
  const byAddress = createCounter();
  const byWorkshop = createCounter();
  let total = 0;
  const hasRoom = (address: string) => total < options.total && byAddress.count(address) < options.perAddress;
  return {
    hasRoom,
    open(address) {
      if (!hasRoom(address)) return null;
      total++;
      const release = byAddress.add(address);
      return once(() => {
        total--;
        release();
      });
    },
    enter: (code) => (byWorkshop.count(code) < options.perWorkshop ? once(byWorkshop.add(code)) : null),
    count: (address) => (address === undefined ? total : byAddress.count(address)),
  };
}

function createCounter() {
  const counts = new Map<string, number>();
  return {
    count: (key: string) => counts.get(key) ?? 0,
    add(key: string): () => void {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return () => {
        const n = (counts.get(key) ?? 1) - 1;
        if (n === 0) counts.delete(key);
        else counts.set(key, n);
      };
    },
  };
}

function once(f: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    f();
  };
}
