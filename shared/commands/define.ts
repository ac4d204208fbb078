/**
 * How a command row is written: the schema its input must pass, and, as a type only, what its
 * acknowledgement carries. Every command carries a client-made id, so a resend after a lost
 * acknowledgement is answered with the first result instead of being applied twice.
 */
import { z } from 'zod';
import { Id } from '../schemas/agenda.ts';

/** The client-made id of one command; with its sender it makes the command idempotent. */
export const CommandId = Id;

declare const acknowledged: unique symbol;

/** The type a command's acknowledgement carries; present in the row as a type, never read. */
export interface Answer<T> {
  readonly [acknowledged]?: T;
}

/** Marks what a command answers: `answers<{ id: NoteId }>()`. */
export function answers<T>(): Answer<T> {
  return {};
}

export interface CommandSpec<S extends z.ZodType = z.ZodType, T = unknown> {
  /** Parses the whole input, command id included. */
  input: S;
  answers: Answer<T>;
}

const WithCommandId = z.object({ commandId: CommandId });

/** A command whose client-made `commandId` travels beside its payload. */
export function command<S extends z.ZodType, T>(
  payload: S,
  answer: Answer<T>,
): CommandSpec<z.ZodIntersection<S, typeof WithCommandId>, T> {
  return { input: payload.and(WithCommandId), answers: answer };
}

/** A command that creates something: the client-made `id` of what it creates is its command id. */
export function creating<S extends z.ZodObject<{ id: typeof Id }>, T>(
  payload: S,
  answer: Answer<T>,
): CommandSpec<S, T> {
  return { input: payload, answers: answer };
}

/** A command that needs nothing but its id (`agenda:next`, `timer:pause`). */
export function bare<T>(answer: Answer<T>): CommandSpec<typeof WithCommandId, T> {
  return { input: WithCommandId, answers: answer };
}
