/** Wires the board facts of one socket into the stores, and the note outbox to its connection. */
import type { Result } from '../../../shared/errors.ts';
import { setHeldBy, setHeldNotes, setMyBallots, setOwnedNotes } from '../stores/my-board.ts';
import { setPending, settle } from '../stores/outbox.ts';
import { newId } from './commands.ts';
import type { PlenarySocket } from './connection.ts';
import { createOutbox, type Outbox, type OutboxEntry } from './outbox.ts';

function deviceStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/**
 * Listens for this participant's private facts and returns the outbox, flushed on every
 * (re)connect. Kept per screen kind: a facilitator tab on the same device must never send a
 * participant's queued notes as its own.
 */
export function linkBoards(
  socket: PlenarySocket,
  where: { code: string; client: string },
  send: (entry: OutboxEntry) => Promise<Result<unknown>>,
): Outbox {
  socket.on('notes:mine', setHeldNotes);
  socket.on('notes:owned', setOwnedNotes);
  socket.on('ballots:mine', setMyBallots);
  socket.on('notes:heldBy', setHeldBy);
  const outbox = createOutbox({
    storage: deviceStorage(),
    storageKey: `plenary:outbox:${where.code}:${where.client}`,
    send,
    newId,
    now: () => Date.now(),
    onPending: setPending,
    onSettled: settle,
    later: (retry, ms) => setTimeout(retry, ms),
  });
  setPending(outbox.pending());
  socket.on('connect', () => void outbox.flush());
  return outbox;
}
