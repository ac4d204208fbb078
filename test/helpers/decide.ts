/** Runs pure decisions the way the hub does (decideCommand: breakout groups' boards stay out of the shared state). */
import type { Result } from '../../shared/errors.ts';
import type { Decision, WorkshopState } from '../../server/domain/state.ts';
import { decideCommand } from '../../server/workshops/decide-command.ts';
import { T0 } from './board-state.ts';

type Decide<T> = (s: WorkshopState) => Result<Decision<T>>;

/** The next state after `decide`, or a throw naming the refusal's code. */
export function run<T>(s: WorkshopState, decide: Decide<T>, now = T0): WorkshopState {
  const d = decideCommand(s, { type: 't', actor: 'x', commandId: null, decide }, now);
  if (!('next' in d)) throw new Error(d.ok ? 'no change' : d.error);
  return d.next;
}

/** The refusal's code, or 'accepted'; a refusal has no next state, so nothing changed. */
export function refused(s: WorkshopState, decide: Decide<unknown>): string {
  const d = decideCommand(s, { type: 't', actor: 'x', commandId: null, decide }, T0);
  return 'next' in d || d.ok ? 'accepted' : d.error;
}

/** What `decide` answers when the hub runs it, or a throw naming the refusal's code. */
export function answer<T>(s: WorkshopState, decide: Decide<T>, now = T0): T {
  const d = decideCommand(s, { type: 't', actor: 'x', commandId: null, decide }, now);
  if (!('next' in d)) throw new Error(d.ok ? 'no change' : d.error);
  if (!d.result.ok) throw new Error(d.result.error);
  return d.result.value;
}
