/**
 * The storage port. SQLite (embedded, the default) and PostgreSQL implement it; every adapter
 * must pass the same contract suite in test/persistence/.
 */

export interface WorkshopRecord {
  code: string;
  template: string;
  title: string;
  /** sha256 (hex) of the facilitator key; the key itself is never stored. */
  facilitatorKeyHash: string;
  createdAt: number;
}

export interface PrivateEntity {
  collection: string;
  id: string;
  /** JSON text; `null` deletes the entity. */
  json: string | null;
}

/**
 * What the command log keeps of one command: what a resend needs to be answered as the first
 * time, and never its input, which holds what people wrote (a note deleted or edited away must
 * not live on here). Stores write an empty string into the `payload` column older schemas have.
 */
export interface CommandRecord {
  /** Client-made id; with `actor` it makes a command idempotent. */
  commandId: string;
  actor: string;
  type: string;
  result: string;
  at: number;
}

/** What a resend needs to be answered as the first time: which command, by whom, and its result. */
export type StoredAnswer = Pick<CommandRecord, 'commandId' | 'actor' | 'type' | 'result'>;

/** Everything one acknowledged command changes, written in a single transaction. */
export interface Commit {
  docUpdate: Uint8Array | null;
  privateChanges: PrivateEntity[];
  command: CommandRecord | null;
}

/** One workshop's commit inside a batch. */
export interface BatchEntry {
  code: string;
  commit: Commit;
  /**
   * The workshop's version this commit was decided on; it leaves the workshop at `version + 1`.
   * A batch with an entry whose version is not the stored one is refused whole, so a batch sent
   * while an earlier one was still out can never land after that earlier one failed.
   */
  version: number;
  /**
   * The lease epoch the commit was decided under (see LeaseStore); a store that fences refuses the
   * whole batch with Fenced when the workshop's lease has moved on. Absent: 0, never leased.
   */
  epoch?: number;
}

export interface StoredDoc {
  /** Compacted state, or null before the first compaction. */
  snapshot: Uint8Array | null;
  /** Updates after the snapshot, in order. */
  updates: Uint8Array[];
  /** How many commits the workshop has taken: the version its next commit is decided on. */
  version: number;
}

/** The database cannot be reached (down, restarting, network): nothing was written; try again later. */
export class StoreUnavailable extends Error {
  constructor(cause: unknown) {
    super(`store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** The workshop's lease has moved to another node since this commit was decided: nothing of the batch was written. */
export class Fenced extends Error {
  constructor(cause: unknown) {
    super(`fenced: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Another node holds the workshop's lease: this one must neither load nor serve it. */
export class NotOwner extends Error {
  constructor(
    readonly code: string,
    readonly owner: string,
  ) {
    super(`workshop ${code} is held by node ${owner}`);
  }
}

/** Nothing was done and the same request may succeed later (the database is back, or the client reaches the owner). */
export function isRetryable(err: unknown): boolean {
  return err instanceof StoreUnavailable || err instanceof Fenced || err instanceof NotOwner;
}

/** A lease held by this node: the epoch its writes carry. */
export interface HeldLease {
  code: string;
  epoch: number;
}

/** What asking for a lease answers: held (at a new epoch), held by another node, or no such workshop (null). */
export type LeaseAnswer = { granted: true; epoch: number } | { granted: false; owner: string } | null;

/**
 * Leases per workshop for many nodes on one database, judged by the database's clock. Only a store
 * shared by many processes has them (PostgreSQL); the hub of a store without them owns everything.
 */
export interface LeaseStore {
  /** Takes the lease if it is free, lapsed or released; otherwise, when `ask`, asks its holder to hand it over. */
  acquire(code: string, node: string, ttlMs: number, ask: boolean): Promise<LeaseAnswer>;
  /** Extends every lease still held at its epoch, in one statement; answers those, with who asked for each. */
  renew(node: string, held: HeldLease[], ttlMs: number): Promise<Array<{ code: string; handoverTo: string | null }>>;
  /** Gives leases back, so the next node takes them at once. */
  release(node: string, held: HeldLease[]): Promise<void>;
}

export interface WorkshopStore {
  /** Present on a store that many nodes share. */
  leases?: LeaseStore;
  createWorkshop(record: WorkshopRecord, initial: Commit): Promise<void>;
  findWorkshop(code: string): Promise<WorkshopRecord | null>;
  listWorkshops(): Promise<WorkshopRecord[]>;
  loadDoc(code: string): Promise<StoredDoc>;
  loadPrivate(code: string): Promise<Array<{ collection: string; id: string; json: string }>>;
  /**
   * Writes every entry in one transaction (group commit: one disk sync for many commands).
   * Durable when the promise resolves, all or nothing: only then may the commands be acknowledged.
   * Calls may overlap (the next batch is handed over before the last one answered): they are
   * applied in the order they were made. Rejects with StoreUnavailable when the database
   * cannot be reached.
   */
  commitBatch(batch: BatchEntry[]): Promise<void>;
  /** The answers of the workshop's commands, read once when it is loaded; resends are answered from them. */
  loadCommands(code: string): Promise<StoredAnswer[]>;
  /** Replaces the snapshot and every update up to now with `snapshot`; fenced by `epoch` as a commit is. */
  compact(code: string, snapshot: Uint8Array, epoch?: number): Promise<void>;
  /** Number of updates stored after the snapshot. */
  updateCount(code: string): Promise<number>;
  /**
   * Removes every row of the workshop, in one transaction; resolves false when there was none.
   * SQLite overwrites the freed pages and empties its WAL before answering.
   */
  deleteWorkshop(code: string): Promise<boolean>;
  /** Replaces the stored hash of the facilitator key (a rotation); resolves false when there is no such workshop. */
  setFacilitatorKeyHash(code: string, hash: string): Promise<boolean>;
  /** Resolves when the database answers; rejects with StoreUnavailable when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
