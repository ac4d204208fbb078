/** The device's queued note commands: what is pending, and what the server refused. */
import { create } from 'zustand';
import type { ErrorCode, Result } from '../../../shared/errors.ts';
import type { OutboxEntry } from '../net/outbox.ts';

export interface Refused {
  entry: OutboxEntry;
  error: ErrorCode;
}

export interface OutboxState {
  pending: OutboxEntry[];
  /** Commands the server answered with an error, newest last, for the author to see. */
  refused: Refused[];
}

const REFUSED_KEPT = 20;

export const useOutbox = create<OutboxState>(() => ({ pending: [], refused: [] }));

export const setPending = (pending: OutboxEntry[]) => useOutbox.setState({ pending });

/** Records the server's answer to a queued command; only refusals are kept. */
export function settle(entry: OutboxEntry, result: Result<unknown>): void {
  if (result.ok) return;
  useOutbox.setState((s) => ({ refused: [...s.refused, { entry, error: result.error }].slice(-REFUSED_KEPT) }));
}

export const dismissRefused = (key: string) =>
  useOutbox.setState((s) => ({ refused: s.refused.filter((r) => r.entry.key !== key) }));
