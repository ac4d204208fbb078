/**
 * The rights check of the command being run, carried to the hub's queue. A command is
 * authorised when it arrives, but applied only when its turn in the workshop's queue comes;
 * a kick or demotion queued in between must still stop it, so the hub checks again right
 * before deciding, against the state the command will actually change.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { WorkshopState } from '../domain/state.ts';

export type CommandGuard = (state: WorkshopState) => boolean;

export type GuardContext = AsyncLocalStorage<CommandGuard>;

/** One context per server; the transport runs each command inside it, the hub reads it. */
export function createGuardContext(): GuardContext {
  return new AsyncLocalStorage<CommandGuard>();
}
