/** The one table of who may do what. Every Socket.IO event and REST route checks it. */
import type { Role } from '../../shared/model.ts';

const PERMISSIONS = {
  'session.join': ['guest', 'participant'],
  'clock.ping': ['facilitator', 'participant', 'follower', 'guest'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** Whether `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}
