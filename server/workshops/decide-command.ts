/**
 * What one command does, decided without a store or a document: the refusal, or the next state,
 * the changes to write and the record that makes a resend answer the same. Pure, so the hub's
 * rules about what a command does can be tested on plain states.
 */
import { ok, type Result } from '../../shared/errors.ts';
import { PUBLIC_COLLECTIONS } from '../../shared/model.ts';
import { stowGroupBoards, withGroupBoards } from '../domain/breakout-lens.ts';
import { diffCollections, type Collections, type EntityChange } from '../domain/collections.ts';
import { PRIVATE_COLLECTIONS, type Decision, type WorkshopState } from '../domain/state.ts';
import type { CommandRecord, PrivateEntity } from '../persistence/port.ts';

export type Decide<T> = (state: WorkshopState, now: number) => Result<Decision<T>>;

/** One command as the hub runs it: who sent it, its id, and its decision. */
export interface CommandRun<T> {
  type: string;
  /** The sender's id (domain/sender.ts); with `commandId` it makes the command idempotent. */
  actor: string;
  /** Client-made: a repeat with the same actor and id answers the first result. Null only for the server's own. */
  commandId: string | null;
  /** Runs when the command's turn comes, on the state it meets; checks the sender's rights there too. */
  decide: Decide<T>;
}

export interface Decided<T> {
  result: Result<T>;
  next: WorkshopState;
  /** What the shared document must change: one entry per entity, `undefined` for a removal. */
  publicChanges: EntityChange[];
  privateChanges: PrivateEntity[];
  /** Kept with the commit so a resend, even after a restart, is answered with `result`. */
  record: CommandRecord | null;
}

/**
 * Decides `run` on `state` at `now`: a refusal changes nothing and is not recorded. The command
 * sees the breakout groups' boards among the plenary ones; they never reach the shared document.
 */
export function decideCommand<T>(state: WorkshopState, run: CommandRun<T>, now: number): Decided<T> | Result<T> {
  const decided = run.decide(withGroupBoards(state), now);
  if (!decided.ok) return decided;
  const next = stowGroupBoards(state, decided.value.state);
  const result = ok(decided.value.value);
  return {
    result,
    next,
    publicChanges: diffCollections(asCollections(state.pub), asCollections(next.pub), PUBLIC_COLLECTIONS),
    privateChanges: diffCollections(asCollections(state.priv), asCollections(next.priv), PRIVATE_COLLECTIONS).map(
      (c) => ({ collection: c.collection, id: c.id, json: c.value === undefined ? null : JSON.stringify(c.value) }),
    ),
    record: run.commandId
      ? {
          commandId: run.commandId,
          actor: run.actor,
          type: run.type,
          result: JSON.stringify(result),
          at: now,
        }
      : null,
  };
}

/** The plain states seen as collections of entities, which is what both of them are. */
export function asCollections(x: object): Collections {
  return x as unknown as Collections;
}
