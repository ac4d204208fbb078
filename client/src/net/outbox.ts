/**
 * The device's outbox for note commands: each is stored (so it survives a reload) before it
 * is sent, sent in order whenever the connection is up, and dropped only once the server
 * has taken it or refused it for good (not for being down or for too much at once). Every entry carries a client-made command id, so a resend after a lost
 * answer gets the server's first result: the note exists exactly once.
 */
import type { CommandInput } from '../../../shared/commands.ts';
import type { ErrorCode, Result } from '../../../shared/errors.ts';

export type OutboxEvent = 'note:add' | 'note:edit' | 'note:delete';

/** What is queued: a note's own id is its command id; edits and deletes get theirs when queued. */
type Queued<E extends OutboxEvent> = E extends 'note:add' ? CommandInput<E> : Omit<CommandInput<E>, 'commandId'>;

export type OutboxEntry = {
  [E in OutboxEvent]: { key: string; event: E; input: CommandInput<E>; queuedAt: number };
}[OutboxEvent];

/** The part of `localStorage` the outbox uses; null when the device has none. */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface OutboxDeps {
  storage: OutboxStorage | null;
  storageKey: string;
  /** Sends one command; must answer `offline` (not throw) when it could not get an answer. */
  send: (entry: OutboxEntry) => Promise<Result<unknown>>;
  newId: () => string;
  now: () => number;
  /** Called with the pending entries after every change. */
  onPending: (entries: OutboxEntry[]) => void;
  /** Called when the server answered an entry (ok or refused). */
  onSettled: (entry: OutboxEntry, result: Result<unknown>) => void;
  /** Calls `retry` once after `ms`: how the outbox tries again while the server cannot save. */
  later: (retry: () => void, ms: number) => void;
}

/** Answers that mean "not now" rather than "no": the entry is kept and sent again. */
const NOT_NOW = new Set<ErrorCode>(['offline', 'unavailable', 'rate_limited']);

/** Waits between tries while there is no answer, the server cannot save, or it asks to slow down: 1 s, doubling to 30 s. */
const RETRY_MS = { first: 1000, max: 30_000 };

export interface Outbox {
  /** Queues a command (giving edits and deletes a command id) and tries to send it. */
  enqueue<E extends OutboxEvent>(event: E, input: Queued<E>): OutboxEntry;
  /** Sends pending entries in order until one cannot get an answer. */
  flush(): Promise<void>;
  pending(): OutboxEntry[];
}

function load(deps: OutboxDeps): OutboxEntry[] {
  try {
    const raw = deps.storage?.getItem(deps.storageKey);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

/** Creates an outbox over `deps.storage`, picking up whatever a previous page left there. */
export function createOutbox(deps: OutboxDeps): Outbox {
  let entries = load(deps);
  let flushing: Promise<void> | null = null;
  // Set when a flush is asked for while one runs (e.g. reconnected mid-attempt): try once more.
  let again = false;
  let retryMs = RETRY_MS.first;
  let retrying = false;

  function save(): void {
    try {
      deps.storage?.setItem(deps.storageKey, JSON.stringify(entries));
    } catch {
      // Storage full or refused: the entry still lives in memory for this page.
    }
    deps.onPending(entries);
  }

  async function drain(): Promise<void> {
    for (;;) {
      const entry = entries[0];
      if (!entry) return;
      const result = await deps.send(entry);
      if (!result.ok && NOT_NOW.has(result.error)) {
        if (again && result.error !== 'rate_limited') {
          again = false;
          continue;
        }
        // No answer (the connection dropped, or the answer was lost), nothing saved, or too much
        // at once (a backlog sent after an outage): kept, and tried again by itself after a wait,
        // besides on every reconnect.
        return retryLater();
      }
      retryMs = RETRY_MS.first;
      entries = entries.filter((e) => e.key !== entry.key);
      save();
      deps.onSettled(entry, result);
    }
  }

  /** The entry stays, and the outbox tries again by itself. */
  function retryLater(): void {
    if (retrying) return;
    retrying = true;
    deps.later(() => {
      retrying = false;
      void flush();
    }, retryMs);
    retryMs = Math.min(RETRY_MS.max, retryMs * 2);
  }

  function flush(): Promise<void> {
    if (flushing) {
      again = true;
      return flushing;
    }
    again = false;
    flushing = drain().finally(() => (flushing = null));
    return flushing;
  }

  return {
    enqueue(event, input) {
      // A note's own id is its command id; edits and deletes get one here, once, before the first send.
      const commandId = 'id' in input ? input.id : deps.newId();
      const stamped = 'id' in input ? input : { ...input, commandId };
      const entry = { key: commandId, event, input: stamped, queuedAt: deps.now() } as OutboxEntry;
      entries = [...entries, entry];
      save();
      void flush();
      return entry;
    },
    flush,
    pending: () => entries,
  };
}
