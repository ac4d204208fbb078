/** Messages between the bench orchestrator and its client worker processes (over IPC, as JSON). */

/** One participant command to send at `startAt + at` (ms); `id` names it in the results. */
export interface Scheduled {
  at: number;
  /** Index of the participant within the worker. */
  participant: number;
  event: string;
  input: unknown;
  id: string;
}

export interface CommandSample {
  id: string;
  /** Monotonic send time (ms, CLOCK_MONOTONIC: comparable across processes). */
  sentAt: number;
  ackMs: number;
  ok: boolean;
  error?: string;
}

/** One raw-ws floor message to broadcast: client `client` of the worker sends it. */
export interface FloorSend {
  at: number;
  client: number;
  id: string;
}

/** A mark seen by `count` replicas of a worker, the last of them at `last` (monotonic ms). */
export type MarkRow = [mark: string, count: number, last: number];

/** How the bench's followers hold the workshop: a full Yjs replica each, or only the wire. */
export type FollowersAs = 'replica' | 'wire';

/**
 * When a replica (full or wire) is timed as showing something: `device`, at its frame's arrival
 * plus its own work on it (each person's device works alone); `process`, whenever its worker got
 * round to it.
 */
export type ReplicaClock = 'device' | 'process';

/** Who a worker connects: people named from `firstIndex` on, and followers of the given kind. */
export interface ConnectPlan {
  participants: number;
  followers: number;
  firstIndex: number;
  followersAs: FollowersAs;
  replicaClock: ReplicaClock;
  /** Followers open follow-only replicas (`client=follow`), as the follow screen does: many nodes relay them. */
  followOnly?: boolean;
}

export interface Requests {
  connect: {
    args: ConnectPlan & { url: string; code: string };
    result: { replicas: number };
  };
  run: { args: { startAt: number; commands: Scheduled[] }; result: CommandSample[] };
  floorOpen: { args: { url: string; clients: number }; result: null };
  floorRun: {
    args: { startAt: number; sends: FloorSend[]; size: number };
    result: Array<{ id: string; sentAt: number }>;
  };
  floorClose: { args: null; result: null };
  marks: { args: { prefix: string }; result: MarkRow[] };
  clearMarks: { args: null; result: null };
  bytes: { args: null; result: { followers: number; followerBytes: number } };
  /** Disconnects the worker's probe follower (opening it first if needed). */
  drop: { args: { url: string; code: string }; result: null };
  /** Reconnects the probe follower: bytes it receives until synced vs bytes a connected follower got meanwhile. */
  rejoin: {
    args: null;
    result: { missedBytes: number; missedFrames: number; catchUpBytes: number; catchUpMs: number };
  };
  /** The worker's own event-loop delay since the last call: a busy client delays what it measures. */
  loop: { args: null; result: { p99Ms: number; maxMs: number } };
  close: { args: null; result: null };
}

export type Op = keyof Requests;

export interface RequestMessage<O extends Op = Op> {
  id: number;
  op: O;
  args: Requests[O]['args'];
}

export type ResponseMessage = { id: number; result: unknown } | { id: number; error: string };
