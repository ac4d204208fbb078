/**
 * Who may create a workshop, and how many may exist. On a venue laptop anyone on the network
 * may (that is how the facilitator starts), at a pace per address; a hosted server sets
 * `CREATE_KEY` so only its operators can; and the store holds at most `maxWorkshops`.
 */
import type { Request } from 'express';
import type { ErrorCode } from '../../shared/errors.ts';
import type { RateBudgets } from '../budgets/rate-budgets.ts';
import { hashSecret, matchesHash } from '../workshops/secrets.ts';
import { requestAddress } from './client-address.ts';
import { bearer } from './requests.ts';

export interface CreationGuardDeps {
  budgets: RateBudgets;
  createKey: string | null;
  maxWorkshops: number;
  countWorkshops: () => Promise<number>;
}

export interface CreationRefusal {
  status: number;
  error: ErrorCode;
}

/** Returns the check run before every creation: null to go ahead, or why not. */
export function creationGuard(deps: CreationGuardDeps): (req: Request) => Promise<CreationRefusal | null> {
  const keyHash = deps.createKey === null ? null : hashSecret(deps.createKey);
  return async (req) => {
    // Spent before the key is checked, so guessing the key is as slow as creating.
    if (!(await deps.budgets.take('create', requestAddress(req)))) return { status: 429, error: 'rate_limited' };
    if (keyHash !== null && !matchesHash(bearer(req), keyHash)) return { status: 401, error: 'unauthorized' };
    if ((await deps.countWorkshops()) >= deps.maxWorkshops) return { status: 507, error: 'limit_reached' };
    return null;
  };
}
