/**
 * The orchestrator's view of the client workers: child processes (so no client shares the
 * server's event loop or the orchestrator's), each holding a slice of the crowd.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import type {
  CommandSample,
  FloorSend,
  FollowersAs,
  ReplicaClock,
  MarkRow,
  Op,
  Requests,
  ResponseMessage,
  Scheduled,
} from './protocol.ts';
import { monoMs } from './stats.ts';

export interface Worker {
  participants: number;
  followers: number;
  /** The worker process, for its CPU time. */
  pid: number;
  call<O extends Op>(op: O, args: Requests[O]['args']): Promise<Requests[O]['result']>;
}

export interface Fleet {
  workers: Worker[];
  /** Replicas that watch the document (participants and followers), across all workers. */
  replicas(): number;
  participants(): number;
  /** Adds followers, spread over the workers, each synced before this resolves. */
  addFollowers(n: number): Promise<void>;
  /** Runs commands addressed by global participant index; returns every sample. */
  run(commands: Scheduled[], leadMs?: number): Promise<CommandSample[]>;
  /** Floor sends addressed by global client index (one floor client per replica). */
  floor(sends: FloorSend[], size: number): Promise<Array<{ id: string; sentAt: number }>>;
  /** Marks with `prefix` merged over workers: replicas that saw each, and when the last did. */
  marks(prefix: string): Promise<Map<string, { count: number; last: number }>>;
  all<O extends Op>(op: O, args: Requests[O]['args']): Promise<Array<Requests[O]['result']>>;
  close(): Promise<void>;
}

function spawnWorker(participants: number, followers: number, nice: number): Worker {
  const child: ChildProcess = fork('bench/worker/main.ts', [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  setPriority(child.pid!, nice);
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  child.on('message', (msg: ResponseMessage) => {
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if ('error' in msg) p?.reject(new Error(`worker: ${msg.error}`));
    else p?.resolve(msg.result);
  });
  child.on('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`worker exited with code ${code}`));
    pending.clear();
  });
  return {
    participants,
    followers,
    pid: child.pid!,
    call: (op, args) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, op, args });
      }),
  };
}

/** Splits `n` as evenly as possible into `k` parts. */
function split(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/** How the crowd's processes run and what its followers keep. */
export interface FleetShape {
  count: number;
  /** Scheduling priority of the worker processes. */
  nice: number;
  followersAs: FollowersAs;
  replicaClock: ReplicaClock;
  /** Follow-only followers (`client=follow`), as the follow screen's. */
  followOnly?: boolean;
}

/** Spawns the workers and connects `participants` and `followers` spread across them. */
export async function startFleet(
  url: string,
  code: string,
  participants: number,
  followers: number,
  { count, nice, followersAs, replicaClock, followOnly = false }: FleetShape,
): Promise<Fleet> {
  const ps = split(participants, count);
  const fs = split(followers, count);
  const workers = ps.map((p, i) => spawnWorker(p, fs[i]!, nice));
  const firsts = ps.map((_, i) => ps.slice(0, i).reduce((a, b) => a + b, 0));
  await Promise.all(
    workers.map((w, i) =>
      w.call('connect', {
        url,
        code,
        participants: w.participants,
        followers: w.followers,
        firstIndex: firsts[i]!,
        followersAs,
        replicaClock,
        followOnly,
      }),
    ),
  );
  const all: Fleet['all'] = (op, args) => Promise.all(workers.map((w) => w.call(op, args)));
  /** Global index → (worker, local index); `size` gives each worker's share. */
  const locate = (i: number, size: (w: Worker) => number): [number, number] => {
    let rest = i;
    for (let w = 0; w < workers.length; w++) {
      const n = size(workers[w]!);
      if (rest < n) return [w, rest];
      rest -= n;
    }
    throw new Error(`index ${i} out of range`);
  };
  /** Groups items by worker, rewriting each global index into the worker's local one. */
  const bucket = <T, U>(
    items: T[],
    index: (x: T) => number,
    size: (w: Worker) => number,
    local: (x: T, i: number) => U,
  ): U[][] => {
    const per: U[][] = workers.map(() => []);
    for (const x of items) {
      const [w, i] = locate(index(x), size);
      per[w]!.push(local(x, i));
    }
    return per;
  };
  const sum = (f: (w: Worker) => number) => workers.reduce((n, w) => n + f(w), 0);
  return {
    workers,
    replicas: () => sum((w) => w.participants + w.followers),
    participants: () => sum((w) => w.participants),
    async addFollowers(n) {
      const more = split(n, workers.length);
      await Promise.all(
        workers.map((w, i) =>
          w.call('connect', {
            url,
            code,
            participants: 0,
            followers: more[i]!,
            firstIndex: 0,
            followersAs,
            replicaClock,
          }),
        ),
      );
      for (const [i, w] of workers.entries()) w.followers += more[i]!;
    },
    async run(commands, leadMs = 300) {
      const startAt = monoMs() + leadMs;
      const per = bucket(
        commands,
        (c) => c.participant,
        (w) => w.participants,
        (c, participant) => ({ ...c, participant }),
      );
      return (await Promise.all(workers.map((w, i) => w.call('run', { startAt, commands: per[i]! })))).flat();
    },
    async floor(sends, size) {
      const startAt = monoMs() + 300;
      const per = bucket(
        sends,
        (s) => s.client,
        (w) => w.participants + w.followers,
        (s, client) => ({ ...s, client }),
      );
      return (await Promise.all(workers.map((w, i) => w.call('floorRun', { startAt, sends: per[i]!, size })))).flat();
    },
    async marks(prefix) {
      const merged = new Map<string, { count: number; last: number }>();
      for (const rows of await all('marks', { prefix }))
        for (const [mark, count, last] of rows as MarkRow[]) {
          const m = merged.get(mark);
          if (m) merged.set(mark, { count: m.count + count, last: Math.max(m.last, last) });
          else merged.set(mark, { count, last });
        }
      return merged;
    },
    all,
    async close() {
      await Promise.allSettled(workers.map((w) => w.call('close', null)));
    },
  };
}
