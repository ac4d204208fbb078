/** Commitments: what only some people are told of them. */
import type { CommitmentId } from '../model.ts';

export interface RolesFacts {
  /**
   * How to reach each commitment's contact person (email, phone), by commitment: all of them to
   * a facilitator, a participant's own proposals to them. On connect and whenever they change; never broadcast.
   */
  'commitments:contacts': (details: Record<CommitmentId, string>) => void;
}
