/**
 * The embedded store: one SQLite file (WAL, synchronous=FULL), owned by a worker thread so the
 * event loop keeps serving while a batch is written and synced (server/persistence/sqlite-worker.js).
 * Every promise settles when the worker has answered: a commit resolves only once it is on disk.
 */
import { Worker } from 'node:worker_threads';
import type { BatchEntry, Commit, StoredAnswer, StoredDoc, WorkshopRecord, WorkshopStore } from './port.ts';

/** The store's operations as the owning thread runs them: each returns when done (and synced, for writes). */
export interface SqliteOps {
  createWorkshop(record: WorkshopRecord, initial: Commit): void;
  findWorkshop(code: string): WorkshopRecord | null;
  listWorkshops(): WorkshopRecord[];
  loadDoc(code: string): StoredDoc;
  loadPrivate(code: string): Array<{ collection: string; id: string; json: string }>;
  commitBatch(batch: BatchEntry[]): void;
  loadCommands(code: string): StoredAnswer[];
  compact(code: string, snapshot: Uint8Array): void;
  updateCount(code: string): number;
  deleteWorkshop(code: string): boolean;
  setFacilitatorKeyHash(code: string, hash: string): boolean;
  close(): void;
}

/** A call to the thread: one of its operations and the arguments. */
export type SqliteRequest = {
  [K in keyof SqliteOps]: { id: number; op: K; args: Parameters<SqliteOps[K]> };
}[keyof SqliteOps];

export type SqliteResponse =
  | { id: number; value: unknown }
  | { id: number; error: { message: string; code?: string } }
  /** Posted once, when the file is open and durable: the store may be used. */
  | { ready: true };

export interface SqliteStore extends WorkshopStore {
  /** Resolves once the file is open with its durability pragmas in force; rejects with why not. */
  opened: Promise<void>;
}

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

/** Opens (or creates) the store in `dataDir` on its own thread; it refuses to run unless durability holds. */
export function createSqliteStore(dataDir: string): SqliteStore {
  const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: { dataDir } });
  const pending = new Map<number, Pending>();
  let next = 0;
  let broken: Error | null = null;
  let markOpened: () => void = () => undefined;
  let failOpen: (err: Error) => void = () => undefined;
  const opened = new Promise<void>((resolve, reject) => {
    markOpened = resolve;
    failOpen = reject;
  });
  // Without a listener a failed open would be an unhandled rejection; callers read it from `opened` or a call.
  opened.catch(() => undefined);

  // An idle store must not hold the process open: the thread counts only while it is opening,
  // owes answers or is closing (someone awaits it then).
  let opening = true;
  let closing = false;
  const holdOpen = () => (opening || closing || pending.size > 0 ? worker.ref() : worker.unref());

  const settle = (id: number) => {
    const p = pending.get(id);
    pending.delete(id);
    holdOpen();
    return p;
  };
  worker.on('message', (msg: SqliteResponse) => {
    if ('ready' in msg) {
      opening = false;
      holdOpen();
      return markOpened();
    }
    if ('error' in msg) settle(msg.id)?.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
    else settle(msg.id)?.resolve(msg.value);
  });
  const breakDown = (err: Error) => {
    broken ??= err;
    failOpen(broken);
    for (const p of pending.values()) p.reject(broken);
    pending.clear();
  };
  worker.on('error', breakDown);
  worker.on('exit', () => breakDown(new Error('the SQLite store is closed')));

  function call<K extends keyof SqliteOps>(
    op: K,
    ...args: Parameters<SqliteOps[K]>
  ): Promise<ReturnType<SqliteOps[K]>> {
    if (broken) return Promise.reject(broken);
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      holdOpen();
      worker.postMessage({ id, op, args } as SqliteRequest);
    });
  }

  return {
    opened,
    createWorkshop: (record, initial) => call('createWorkshop', record, initial),
    findWorkshop: (code) => call('findWorkshop', code),
    listWorkshops: () => call('listWorkshops'),
    loadDoc: (code) => call('loadDoc', code),
    loadPrivate: (code) => call('loadPrivate', code),
    commitBatch: (batch) => call('commitBatch', batch),
    loadCommands: (code) => call('loadCommands', code),
    compact: (code, snapshot) => call('compact', code, snapshot),
    updateCount: (code) => call('updateCount', code),
    deleteWorkshop: (code) => call('deleteWorkshop', code),
    setFacilitatorKeyHash: (code, hash) => call('setFacilitatorKeyHash', code, hash),
    // The thread owns the file: the store answers unless the thread is gone.
    ping: () => (broken ? Promise.reject(broken) : Promise.resolve()),
    async close() {
      if (broken) return;
      closing = true;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      await call('close');
      await exited;
    },
  };
}
