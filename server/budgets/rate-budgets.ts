/**
 * How often one caller, and everyone together, may ask for the things that cost the server:
 * new connections, full-document answers, joins, workshop look-ups (misses above all) and new
 * workshops. Each budget is a number of requests per window per address and in total, counted
 * in memory by rate-limiter-flexible. Sized so a venue behind one NAT address (80 people, two
 * connections each, all arriving at once) is admitted, while one caller's share stays bounded.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';

/** Requests allowed per window of `seconds`. */
export interface Allowance {
  points: number;
  seconds: number;
}

export interface BudgetSpec {
  /** Each caller's share: an address, or for `workshopIdentity` a workshop. */
  perAddress: Allowance;
  total: Allowance;
}

export const BUDGET_NAMES = [
  'connect',
  'syncAnswer',
  'join',
  'newIdentity',
  'workshopIdentity',
  'lookup',
  'lookupMiss',
  'create',
] as const;
export type BudgetName = (typeof BUDGET_NAMES)[number];
export type BudgetTable = Record<BudgetName, BudgetSpec>;

export const DEFAULT_BUDGETS: BudgetTable = {
  /** Connections opened, both sockets: a venue of 80 reconnecting is 160 at once. */
  connect: { perAddress: { points: 600, seconds: 60 }, total: { points: 12_000, seconds: 60 } },
  /**
   * Sync step 1 answers, in KiB sent: encoding is paid once per document version, so what a caller
   * costs is bytes. 64 MiB a minute is a venue of 80 loading a full-day document (173 KB) four times.
   */
  syncAnswer: { perAddress: { points: 65_536, seconds: 60 }, total: { points: 2_097_152, seconds: 60 } },
  join: { perAddress: { points: 200, seconds: 60 }, total: { points: 2000, seconds: 60 } },
  /** Joins that make someone new (a resend finds its participant and is free): a venue of 80 at once, and then some. */
  newIdentity: { perAddress: { points: 120, seconds: 60 }, total: { points: 2000, seconds: 60 } },
  /**
   * New people per workshop, whatever their addresses; keyed by the workshop's code, not an
   * address. A room of 60 and its remote followers joining in the first minute fit four times.
   */
  workshopIdentity: { perAddress: { points: 240, seconds: 60 }, total: { points: 2000, seconds: 60 } },
  /** Every look-up of a workshop by code: the Socket.IO handshake, the Yjs upgrade, REST. */
  lookup: { perAddress: { points: 2400, seconds: 60 }, total: { points: 24_000, seconds: 60 } },
  /**
   * Look-ups of codes that do not exist: mistyped codes are rare, scans are all misses. With 50
   * live workshops a scan from one address finds its first in about 30 years at this pace.
   */
  lookupMiss: { perAddress: { points: 30, seconds: 600 }, total: { points: 600, seconds: 60 } },
  create: { perAddress: { points: 20, seconds: 3600 }, total: { points: 200, seconds: 3600 } },
};

export interface RateBudgets {
  /** Spends `points` (one request by default) of `name` for `address`; false when its share or the total is spent. */
  take(name: BudgetName, address: string, points?: number): Promise<boolean>;
  /** How much of `name` `address` has spent in its current window (0 when none), and whether any is left. */
  usage(name: BudgetName, address: string): Promise<{ spent: number; left: boolean }>;
  /** Whether the total of `name` is spent for the current window. */
  exhausted(name: BudgetName): Promise<boolean>;
}

export interface RateBudgetOptions {
  table?: Partial<BudgetTable>;
  /** Told about each refusal (for the log and metrics). */
  onRefused?: (name: BudgetName, address: string) => void;
}

const TOTAL = '*';

/** Creates the budgets of one server. */
export function createRateBudgets(options: RateBudgetOptions = {}): RateBudgets {
  const table = { ...DEFAULT_BUDGETS, ...options.table };
  const limiters = new Map(
    BUDGET_NAMES.map((name) => {
      const { perAddress, total } = table[name];
      return [
        name,
        {
          perAddress: new RateLimiterMemory({ points: perAddress.points, duration: perAddress.seconds }),
          total: new RateLimiterMemory({ points: total.points, duration: total.seconds }),
        },
      ];
    }),
  );
  const limiterOf = (name: BudgetName) => limiters.get(name)!;
  // Rejections of rate-limiter-flexible are its verdicts, not errors.
  const consume = (l: RateLimiterMemory, key: string, points: number) =>
    l.consume(key, points).then(
      () => true,
      () => false,
    );

  return {
    async take(name, address, points = 1) {
      const l = limiterOf(name);
      const granted = (await consume(l.perAddress, address, points)) && (await consume(l.total, TOTAL, points));
      if (!granted) options.onRefused?.(name, address);
      return granted;
    },
    async usage(name, address) {
      const spent = (await limiterOf(name).perAddress.get(address))?.consumedPoints ?? 0;
      return { spent, left: spent < table[name].perAddress.points };
    },
    async exhausted(name) {
      const res = await limiterOf(name).total.get(TOTAL);
      return (res?.consumedPoints ?? 0) >= table[name].total.points;
    },
  };
}
