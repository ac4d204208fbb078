/**
 * A store adapter that keeps everything in memory and answers asynchronously, like any
 * networked store would: every call takes `latencyMs`, a commit can be made to fail, and the
 * whole store can be made unreachable. It exists to prove that the hub's correctness does not
 * rest on SQLite being synchronous.
 */
import {
  StoreUnavailable,
  type BatchEntry,
  type CommandRecord,
  type StoredDoc,
  type WorkshopRecord,
  type WorkshopStore,
} from '../../server/persistence/port.ts';

export interface MemoryStoreOptions {
  /** Milliseconds every call waits before it takes effect (asked per call when a function). */
  latencyMs?: number | (() => number);
  /** Asked when a batch is handed over (before the latency); true makes the whole batch fail. */
  failBatch?: (batch: BatchEntry[]) => boolean;
  /** Asked once a batch is written; true fails the call anyway, as a connection lost before the commit's answer. */
  loseAnswer?: (batch: BatchEntry[]) => boolean;
}

export interface MemoryStore extends WorkshopStore {
  /** Batches written so far, and batches refused. */
  stats: { committed: number; failed: number };
  /** Makes the next `n` batches fail. */
  failNext(n?: number): void;
  /** While down, every call fails with StoreUnavailable, as with a database that is not there. */
  setDown(down: boolean): void;
}

/** What the store holds; it outlives a handle, as a database outlives the server that closed it. */
export type MemoryData = Map<string, Stored>;

interface Stored {
  record: WorkshopRecord;
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  version: number;
  privates: Map<string, { collection: string; id: string; json: string }>;
  commands: Map<string, CommandRecord>;
}

/** Opens a handle on `data` (empty by default); a restart opens a second handle on the same data. */
export function createMemoryStore(options: MemoryStoreOptions = {}, data: MemoryData = new Map()): MemoryStore {
  const latency = options.latencyMs ?? 0;
  let failures = 0;
  let closed = false;
  let down = false;
  /** Commits apply in the order they were made, whatever each one's latency. */
  let commits: Promise<unknown> = Promise.resolve();
  const stats = { committed: 0, failed: 0 };

  const wait = () =>
    new Promise<void>((resolve) => setTimeout(resolve, typeof latency === 'function' ? latency() : latency));
  const workshop = (code: string) => {
    const w = data.get(code);
    if (!w) throw new Error(`no workshop ${code}`);
    return w;
  };
  const ready = async () => {
    await wait();
    if (closed) throw new Error('store closed');
    if (down) throw new StoreUnavailable('the in-memory store is down');
  };

  /** Checks a whole batch before touching anything, so it lands all or nothing. */
  function validate(batch: BatchEntry[]): void {
    const seen = new Set<string>();
    const versions = new Map<string, number>();
    for (const { code, commit, version } of batch) {
      const w = workshop(code);
      const expected = versions.get(code) ?? w.version;
      if (version !== expected) throw new Error(`stale version ${version} for ${code} (stored ${expected})`);
      versions.set(code, expected + 1);
      if (!commit.command) continue;
      const key = `${code}\n${commit.command.actor}\n${commit.command.commandId}`;
      if (seen.has(key) || w.commands.has(`${commit.command.actor}\n${commit.command.commandId}`))
        throw new Error('duplicate command id');
      seen.add(key);
    }
  }

  function apply({ code, commit }: Pick<BatchEntry, 'code' | 'commit'>): void {
    const w = workshop(code);
    if (commit.docUpdate) w.updates.push(commit.docUpdate.slice());
    for (const e of commit.privateChanges) {
      const key = `${e.collection}\n${e.id}`;
      if (e.json === null) w.privates.delete(key);
      else w.privates.set(key, { collection: e.collection, id: e.id, json: e.json });
    }
    if (commit.command) w.commands.set(`${commit.command.actor}\n${commit.command.commandId}`, { ...commit.command });
  }

  async function commit(batch: BatchEntry[], refuse: boolean): Promise<void> {
    await ready();
    if (refuse) {
      stats.failed++;
      throw new Error('injected commit failure');
    }
    validate(batch);
    for (const entry of batch) {
      apply(entry);
      workshop(entry.code).version++;
    }
    stats.committed++;
    if (options.loseAnswer?.(batch)) throw new Error('injected lost answer (the batch was written)');
  }

  return {
    stats,
    failNext(n = 1) {
      failures += n;
    },
    setDown(value) {
      down = value;
    },
    async createWorkshop(record, initial) {
      await ready();
      if (data.has(record.code)) throw new Error('workshop exists');
      data.set(record.code, {
        record: { ...record },
        snapshot: null,
        updates: [],
        version: 0,
        privates: new Map(),
        commands: new Map(),
      });
      apply({ code: record.code, commit: initial });
    },
    async findWorkshop(code) {
      await ready();
      const w = data.get(code);
      return w ? { ...w.record } : null;
    },
    async listWorkshops() {
      await ready();
      return [...data.values()].map((w) => ({ ...w.record })).sort((a, b) => a.createdAt - b.createdAt);
    },
    async loadDoc(code): Promise<StoredDoc> {
      await ready();
      const w = workshop(code);
      return { snapshot: w.snapshot?.slice() ?? null, updates: w.updates.map((u) => u.slice()), version: w.version };
    },
    async loadPrivate(code) {
      await ready();
      return [...workshop(code).privates.values()].map((p) => ({ ...p }));
    },
    async loadCommands(code) {
      await ready();
      return [...workshop(code).commands.values()].map(({ commandId, actor, type, result }) => ({
        commandId,
        actor,
        type,
        result,
      }));
    },
    commitBatch(batch) {
      // Decided when the batch is handed over; the outcome is known only after the latency.
      const refuse = failures > 0 || (options.failBatch?.(batch) ?? false);
      if (failures > 0) failures--;
      const done = commits.then(() => commit(batch, refuse));
      commits = done.catch(() => undefined);
      return done;
    },
    async compact(code, snapshot) {
      await ready();
      const w = workshop(code);
      w.snapshot = snapshot.slice();
      w.updates = [];
    },
    async updateCount(code) {
      await ready();
      return workshop(code).updates.length;
    },
    async deleteWorkshop(code) {
      await ready();
      return data.delete(code);
    },
    async setFacilitatorKeyHash(code, hash) {
      await ready();
      const w = data.get(code);
      if (w) w.record = { ...w.record, facilitatorKeyHash: hash };
      return w !== undefined;
    },
    async ping() {
      await ready();
    },
    async close() {
      closed = true;
    },
  };
}
