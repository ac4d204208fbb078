/**
 * Holds live workshops: loads them from the store, runs each command against the current state
 * one at a time, persists the outcome (grouped with the other commands of the same turn), and
 * only then acknowledges and announces it.
 *
 * Commands decide ahead of the disk, so the next one need not wait for the last one's commit; a
 * generation per workshop keeps that honest with a store that answers late or fails: a failed
 * batch fails every command decided on top of it, the workshop is reloaded from what the disk
 * holds, and nothing decided on state the disk never took is ever acknowledged or sent.
 */
import { EventEmitter } from 'node:events';
import * as Y from 'yjs';
import { fail, type Result } from '../../shared/errors.ts';
import { PUBLIC_COLLECTIONS } from '../../shared/model.ts';
import type { WorkshopTemplate } from '../../shared/schemas/template.ts';
import { loadTemplate, type TemplateId } from '../../shared/templates/index.ts';
import type { Clock } from '../clock.ts';
import { writeChanges } from '../collab/doc-writer.ts';
import { diffCollections } from '../domain/collections.ts';
import { initialState } from '../domain/initial-state.ts';
import type { WorkshopState } from '../domain/state.ts';
import type { Logger } from '../log.ts';
import {
  Fenced,
  isRetryable,
  type Commit,
  type PrivateEntity,
  type WorkshopRecord,
  type WorkshopStore,
} from '../persistence/port.ts';
import { NO_STAGES, type Stages } from '../stages.ts';
import { asCollections, decideCommand, type CommandRun } from './decide-command.ts';
import { createCommitBatcher, StaleCommit } from './group-commit.ts';
import { answerKey, destroyLive, liveFrom, loadLive, type Answer, type Live, type LiveWorkshop } from './live.ts';
import type { Ownership } from './ownership.ts';
import { hashSecret, newJoinCode, newSecret } from './secrets.ts';

export interface HubEvents {
  /**
   * A durable document update, to relay to replicas; `askedAt` is the stage mark of the command
   * that made it, when it was asked (for the `served` stage).
   */
  docUpdate: [code: string, update: Uint8Array, askedAt?: number];
  /** A durable state change, for transports that tell individual clients; `privateChanges` names what it changed in private. */
  changed: [code: string, prev: WorkshopState, next: WorkshopState, privateChanges: readonly PrivateEntity[]];
  /** A stored workshop was loaded into memory (after a restart, or a failed commit), for services that resume work. */
  loaded: [code: string, workshop: LiveWorkshop];
  /** An idle workshop left memory; services drop what they keep for it (it loads again on demand). */
  unloaded: [code: string];
  /** The facilitator key was replaced: transports close every connection that came with the old one; `key` is the new one. */
  keyRotated: [code: string, key: string];
  /** A workshop was deleted: its rows are gone; transports close its connections. `unloaded` follows. */
  deleted: [code: string];
  /**
   * Another node owns the workshop now (this one lost its lease, or handed it over): it left
   * memory, and transports close its connections so its clients reach the new owner.
   */
  disowned: [code: string];
}

export interface WorkshopHub {
  events: EventEmitter<HubEvents>;
  /** Creates a workshop from a built-in template, or from a template made of an imported or duplicated design. */
  create(template: TemplateId | WorkshopTemplate, title?: string): Promise<{ code: string; facilitatorKey: string }>;
  /**
   * The live workshop, loading it on first use; null when no such code exists. With leases it
   * rejects with NotOwner while another node holds it; `arriving` (a new connection or request,
   * which the balancer sent here) first asks that node to hand it over and waits a little.
   */
  get(code: string, options?: { arriving?: boolean }): Promise<LiveWorkshop | null>;
  /** Runs one command; answers once its outcome is on disk (or it was refused, or the disk failed). */
  execute<T>(code: string, run: CommandRun<T>): Promise<Result<T>>;
  /**
   * Deletes a workshop, loaded or not: every row of it leaves the store, and every command of it
   * not yet on disk is refused. Resolves false when no such code exists.
   */
  remove(code: string): Promise<boolean>;
  /**
   * Replaces the facilitator key with a new one and answers it; the old one is refused from the
   * moment this resolves. Resolves null when no such code exists.
   */
  rotateKey(code: string): Promise<string | null>;
  /** How many workshops are in memory now. */
  loadedCount(): number;
  close(): Promise<void>;
}

export interface HubDeps {
  store: WorkshopStore;
  clock: Clock;
  log: Logger;
  /** Updates kept after a snapshot before the log is compacted. */
  compactEvery?: number;
  /** Where each command's time goes (the benchmark's per-stage histograms). */
  stages?: Stages;
  /** Idle workshops leave memory: none by default (a test's hub keeps everything). */
  idle?: IdleUnload;
  /** Leases, when many nodes share the store: a workshop is loaded only under its lease. Absent: this hub owns all. */
  ownership?: Ownership;
}

export interface IdleUnload {
  /** A workshop nobody asked for in this long, with nobody connected and no timer running, is unloaded. */
  afterMs: number;
  /** Whether anyone is connected to the workshop (a socket or a replica): they hold it loaded. */
  inUse: (code: string) => boolean;
  /** Monotonic milliseconds; transport time, not the workshop clock (which tests may freeze). */
  now?: () => number;
}

/** The answer a resend gets: the first one, as stored or still on its way to the disk. */
function firstAnswer(known: Answer): Promise<Result<unknown>> {
  return typeof known.result === 'string' ? Promise.resolve(JSON.parse(known.result)) : known.result;
}

/** Creates the hub; every live workshop and its command queue lives inside it. */
export function createWorkshopHub(deps: HubDeps): WorkshopHub {
  const { store, clock, log, ownership } = deps;
  const compactEvery = deps.compactEvery ?? 500;
  const stages = deps.stages ?? NO_STAGES;
  const events = new EventEmitter<HubEvents>();
  const loaded = new Map<string, Promise<Live | null>>();
  const queues = new Map<string, Promise<unknown>>();
  /** The durable state vector of a workshop dropped after a failed commit, to catch its replicas up on reload. */
  const retired = new Map<string, Uint8Array>();
  const batcher = createCommitBatcher(store, stages);
  /** When each workshop was last asked for, and whether a command of it is still being decided or written. */
  const lastUsed = new Map<string, number>();
  const busy = new Map<string, number>();
  const idleNow = deps.idle?.now ?? (() => performance.now());
  const used = (code: string) => lastUsed.set(code, idleNow());
  /** Codes being deleted: nothing loads them or decides on them until their rows are gone. */
  const deleting = new Set<string>();
  const sweeper = deps.idle ? setInterval(() => unloadIdle(deps.idle!), Math.min(60_000, deps.idle.afterMs / 2)) : null;
  sweeper?.unref();

  /**
   * The workshop, loading it if needed. With leases, `ask` (a connection or request arriving)
   * asks another holder to hand it over; nothing else does: a command or read still coming from a
   * socket of a workshop this node just gave up must not pull it back.
   */
  function getLive(code: string, ask = false): Promise<Live | null> {
    if (deleting.has(code)) return Promise.resolve(null);
    used(code);
    let pending = loaded.get(code);
    if (!pending) {
      pending = load(code, ask);
      loaded.set(code, pending);
      const mine = pending;
      pending.then(
        (live) => (live === null ? loaded.delete(code) : resumed(code, live)),
        () => {
          if (loaded.get(code) === mine) loaded.delete(code);
        },
      );
    }
    return pending;
  }

  /** Takes the lease (with leases), then reads the workshop under it; a failed read gives the lease back. */
  async function load(code: string, ask: boolean): Promise<Live | null> {
    const epoch = ownership ? await ownership.acquire(code, ask) : 0;
    if (epoch === null) return null;
    try {
      return await loadLive(store, code, epoch);
    } catch (err) {
      await ownership?.release(code).catch(() => undefined);
      throw err;
    }
  }

  /**
   * This node no longer owns `code`: the workshop leaves memory unwritten (what it decided ahead
   * of the disk is refused 'unavailable', to be sent again to the new owner) and its
   * connections are closed.
   */
  function disown(code: string): void {
    const pending = loaded.get(code);
    if (!pending) return;
    loaded.delete(code);
    lastUsed.delete(code);
    retired.delete(code);
    void pending.then(
      (live) => {
        if (!live) return;
        live.disowned = true;
        live.retired = true;
        live.generation++;
        destroyLive(live);
      },
      () => undefined,
    );
    log.warn('workshop_disowned', { code });
    events.emit('unloaded', code);
    events.emit('disowned', code);
  }

  /** Another node was asked for `code`: what is on its way to the disk lands, then the lease is given back. */
  async function handOver(code: string): Promise<void> {
    if (!loaded.has(code)) return;
    await queues.get(code);
    await batcher.settled();
    log.info('workshop_handed_over', { code });
    disown(code);
    await ownership?.release(code);
  }
  ownership?.events.on('lost', disown);
  ownership?.events.on('handover', (code) => {
    handOver(code).catch((err: unknown) => log.error('handover_failed', { code, error: String(err) }));
  });

  /** Announces a load; after a failed commit, sends replicas whatever the disk holds that they were not sent. */
  function resumed(code: string, live: Live): void {
    const before = retired.get(code);
    retired.delete(code);
    if (before) {
      const missed = Y.encodeStateAsUpdate(live.durable.doc, before);
      // An empty update is two zero bytes: the disk took exactly what was announced.
      if (missed.length > 2) events.emit('docUpdate', code, missed);
    }
    events.emit('loaded', code, live.view);
  }

  /**
   * Takes a workshop back to what the disk holds after its batch failed: every command decided
   * on it so far is dropped unwritten, and the next use reads it from the store again.
   */
  function rollBack(live: Live): void {
    const code = live.record.code;
    live.generation++;
    if (live.retired) return;
    live.retired = true;
    retired.set(code, Y.encodeStateVector(live.durable.doc));
    loaded.delete(code);
  }

  /** The workshop to decide on: never one a failed batch retired, even if it was fetched just before. */
  async function current(code: string): Promise<Live | null> {
    let live = await getLive(code);
    while (live?.retired) live = await getLive(code);
    return live;
  }

  /** Runs `task` after every earlier task of the same workshop has finished. */
  function serialize<T>(code: string, task: () => Promise<T>): Promise<T> {
    const prev = queues.get(code) ?? Promise.resolve();
    const run = prev.then(task, task);
    queues.set(
      code,
      run.catch(() => undefined),
    );
    return run;
  }

  /**
   * Decides a command on the state ahead of the disk and queues its commit; the answer (the
   * returned promise) waits for the disk. A resend is answered with the first answer.
   */
  function prepare<T>(live: Live, run: CommandRun<T>, askedAt: number): Promise<Result<T>> {
    const key = run.commandId === null ? null : answerKey(run.actor, run.commandId);
    const known = key === null ? undefined : live.answers.get(key);
    // An id reused for another command must not be answered with that command's result.
    if (known && known.type !== run.type) return Promise.resolve(fail('conflict', 'command id already used'));
    if (known) return firstAnswer(known) as Promise<Result<T>>;

    const now = clock.now();
    const decideStart = stages.mark();
    let diffStart = 0;
    const timed: CommandRun<T> = {
      ...run,
      decide: (s, at) => {
        const decision = run.decide(s, at);
        stages.since('decide', decideStart);
        diffStart = stages.mark();
        return decision;
      },
    };
    const decided = decideCommand(live.ahead.state, timed, now);
    if (!('next' in decided)) return Promise.resolve(decided);
    const docUpdate = writeChanges(live.ahead.doc, decided.publicChanges);
    stages.since('diff', diffStart);
    live.ahead.state = decided.next;
    const generation = live.generation;
    const version = live.version++;
    const answer = new Promise<Result<T>>((resolve) => {
      batcher.enqueue({
        code: live.record.code,
        commit: { docUpdate, privateChanges: decided.privateChanges, command: decided.record },
        version,
        epoch: live.epoch,
        stale: () => live.generation !== generation,
        durable: () => {
          madeDurable(live, decided.next, docUpdate, decided.privateChanges, askedAt);
          resolve(decided.result);
        },
        failed: (err) => {
          if (key) live.answers.delete(key);
          if (err instanceof Fenced) ownership?.forget(live.record.code);
          else if (live.generation === generation) {
            log.error('commit_failed', { code: live.record.code, type: run.type, error: String(err) });
            rollBack(live);
          }
          // Dropped because the workshop moved to another node: nothing was written, so it is sent again there.
          const moved = live.disowned && err instanceof StaleCommit;
          resolve(fail(isRetryable(err) || moved ? 'unavailable' : 'internal'));
        },
      });
    });
    if (key) live.answers.set(key, { type: run.type, result: answer });
    return answer;
  }

  /** The disk took a command: the durable version follows it and the outside is told, in commit order. */
  function madeDurable(
    live: Live,
    next: WorkshopState,
    docUpdate: Uint8Array | null,
    privateChanges: readonly PrivateEntity[],
    askedAt: number,
  ): void {
    const code = live.record.code;
    const prev = live.durable.state;
    live.durable.state = next;
    // Written under a lease this node has lost since: durable, and the answer says so; the new owner tells the rest.
    if (live.disowned) return;
    if (docUpdate) {
      Y.applyUpdate(live.durable.doc, docUpdate);
      events.emit('docUpdate', code, docUpdate, askedAt);
      live.sinceCompaction++;
      if (live.sinceCompaction >= compactEvery) void compact(live);
    }
    events.emit('changed', code, prev, next, privateChanges);
  }

  /**
   * Replaces the log with a snapshot of the durable document, between two batches so no commit
   * runs beside it. The snapshot holds no deleted or overwritten value (Yjs collects them), so
   * this is also when a deleted or edited note's old text leaves the disk.
   */
  function compact(live: Live): Promise<void> {
    const code = live.record.code;
    live.sinceCompaction = 0;
    // A workshop deleted (or taken back) meanwhile is not written again.
    return batcher
      .between(async () => {
        if (!live.disowned && !live.retired)
          await store.compact(code, Y.encodeStateAsUpdate(live.durable.doc), live.epoch);
      })
      .catch((err: unknown) => {
        if (err instanceof Fenced) ownership?.forget(code);
        log.error('compaction_failed', { code, error: String(err) });
      });
  }

  /** Compacts a workshop about to leave memory, so what was deleted in it leaves the disk too. */
  async function compactBeforeLeaving(live: Live): Promise<void> {
    if (live.sinceCompaction > 0 && !live.retired) await compact(live);
  }

  /**
   * Unloads every workshop idle past `idle.afterMs`: nobody asked for it, nobody is connected,
   * nothing of it is queued or on its way to the disk. What it held is on disk (compacted first);
   * its next use reads it from the store (a running countdown's end is such a use: the scheduler's
   * command).
   */
  function unloadIdle(idle: IdleUnload): void {
    const now = idleNow();
    for (const [code, pending] of loaded) {
      const asked = lastUsed.get(code);
      const since = asked ?? now;
      const idleStill = (live: Live | null): live is Live =>
        live !== null &&
        loaded.get(code) === pending &&
        lastUsed.get(code) === asked &&
        !busy.has(code) &&
        !idle.inUse(code) &&
        live.ahead.state === live.durable.state;
      if (now - since < idle.afterMs || busy.has(code) || idle.inUse(code)) continue;
      void pending.then(async (live) => {
        if (!idleStill(live)) return;
        // The workshop stays loaded while it is compacted: a command meanwhile keeps it in memory.
        await compactBeforeLeaving(live);
        if (!idleStill(live)) return;
        loaded.delete(code);
        lastUsed.delete(code);
        destroyLive(live);
        log.info('workshop_unloaded', { code });
        events.emit('unloaded', code);
        // Another node may need it next: its lease goes with it.
        ownership
          ?.release(code)
          .catch((err: unknown) => log.warn('lease_release_failed', { code, error: String(err) }));
      });
    }
  }

  /**
   * Deletes `code`: once every command of it queued now has been decided, its commits still
   * waiting are dropped (their answers fail), and the rows go between two batches, after every
   * commit already handed over, so none can land after them.
   */
  async function remove(code: string): Promise<boolean> {
    if (deleting.has(code)) return false;
    deleting.add(code);
    try {
      const live = await serialize(code, async () => {
        const pending = loaded.get(code);
        loaded.delete(code);
        return pending ? await pending.catch(() => null) : null;
      });
      if (live) {
        live.generation++;
        live.retired = true;
      }
      let existed = false;
      await batcher.between(async () => {
        existed = await store.deleteWorkshop(code);
      });
      if (live) destroyLive(live);
      // Its lease went with its row: nothing is left to renew or give back.
      ownership?.forget(code);
      lastUsed.delete(code);
      retired.delete(code);
      if (!existed) return false;
      log.info('workshop_deleted', { code });
      events.emit('deleted', code);
      events.emit('unloaded', code);
      return true;
    } finally {
      deleting.delete(code);
    }
  }

  /**
   * Stores the hash of a new key between two batches, in the workshop's queue, then puts it on the
   * loaded record every check reads (sockets and REST alike), so no check after it takes the old key.
   */
  async function rotateKey(code: string): Promise<string | null> {
    const key = newSecret();
    const hash = hashSecret(key);
    const rotated = await serialize(code, async () => {
      const live = await current(code);
      let stored = false;
      await batcher.between(async () => {
        stored = await store.setFacilitatorKeyHash(code, hash);
      });
      if (stored && live) live.record.facilitatorKeyHash = hash;
      return stored;
    });
    if (!rotated) return null;
    log.info('facilitator_key_rotated', { code });
    events.emit('keyRotated', code, key);
    return key;
  }

  /** Counts a command of `code` as in progress until `done` settles. */
  function holdBusy<T>(code: string, done: Promise<T>): Promise<T> {
    busy.set(code, (busy.get(code) ?? 0) + 1);
    const release = () => {
      const n = (busy.get(code) ?? 1) - 1;
      if (n > 0) busy.set(code, n);
      else busy.delete(code);
    };
    done.then(release, release);
    return done;
  }

  return {
    events,
    async create(from, title) {
      const template = typeof from === 'string' ? loadTemplate(from) : from;
      let code = newJoinCode();
      while (await store.findWorkshop(code)) code = newJoinCode();
      const facilitatorKey = newSecret();
      const state = initialState(template, code, title ?? template.title);
      const doc = new Y.Doc();
      const docUpdate = writeChanges(doc, diffCollections({}, asCollections(state.pub), PUBLIC_COLLECTIONS));
      const record: WorkshopRecord = {
        code,
        template: template.id,
        title: state.pub.room.meta.title,
        facilitatorKeyHash: hashSecret(facilitatorKey),
        createdAt: clock.now(),
      };
      const initial: Commit = { docUpdate, privateChanges: [], command: null };
      await store.createWorkshop(record, initial);
      // With leases the creating node keeps nothing: the node its clients are sent to takes the lease.
      if (ownership) doc.destroy();
      else {
        loaded.set(code, Promise.resolve(liveFrom(record, state, doc, { sinceCompaction: 1, version: 0, epoch: 0 })));
        used(code);
      }
      log.info('workshop_created', { code, template: template.id });
      return { code, facilitatorKey };
    },
    async get(code, options) {
      const live = await getLive(code, options?.arriving ?? false);
      return live?.view ?? null;
    },
    execute<T>(code: string, run: CommandRun<T>) {
      // Only the decision waits in the workshop's queue; the answer waits for the disk outside it.
      const queued = stages.mark();
      const decided = serialize(code, async () => {
        const live = await current(code);
        stages.since('queue', queued);
        return { answer: live ? prepare(live, run, queued) : Promise.resolve(fail<T>('not_found')) };
      });
      return holdBusy(
        code,
        decided.then(
          (d) => d.answer,
          // The workshop could not be read: nothing was decided.
          (err: unknown) => {
            if (isRetryable(err)) return fail<T>('unavailable');
            throw err;
          },
        ),
      );
    },
    remove,
    rotateKey,
    loadedCount: () => loaded.size,
    async close() {
      if (sweeper) clearInterval(sweeper);
      await Promise.allSettled([...queues.values()]);
      await batcher.settled();
      for (const p of loaded.values()) {
        const live = await p.catch(() => null);
        if (!live) continue;
        await compactBeforeLeaving(live);
        destroyLive(live);
      }
      loaded.clear();
      // Everything is on disk: the next node takes these workshops at once instead of waiting out the leases.
      await ownership?.close();
    },
  };
}
