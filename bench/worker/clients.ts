/**
 * The simulated people of one worker: participants (Socket.IO + replica) and followers (a full
 * replica, or a wire follower: see wire-follower.ts).
 */
import type { Socket } from 'socket.io-client';
import { openReplica, type Replica } from '../../client/src/net/replica.ts';
import { joinAs } from '../../test/helpers/clients.ts';
import type { ConnectPlan } from '../protocol.ts';
import { countingWebSocket, type ByteCounter, type ReplicaOptions } from './counting-ws.ts';
import { watch, type Marks } from './marks.ts';
import { wireFollower, type Follower } from './wire-follower.ts';

export interface Participant {
  socket: Socket;
  replica: Replica;
}

export interface Crowd {
  participants: Participant[];
  followers: Follower[];
  followerBytes: ByteCounter;
  participantBytes: ByteCounter;
}

const CONNECT_BATCH = 25;
const SYNC_TIMEOUT_MS = 60_000;

/**
 * Opens a replica exactly as the browser client does (client/src/net/replica.ts) and resolves
 * once synced; from `localAddress` when given, on its own device clock (marks.ts) when asked.
 */
export function syncedReplica(
  url: string,
  code: string,
  counter: ByteCounter,
  marks: Marks,
  { localAddress, params, deviceClock = false }: ReplicaOptions = {},
): Promise<Replica> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`replica of ${code} did not sync within ${SYNC_TIMEOUT_MS} ms`)),
      SYNC_TIMEOUT_MS,
    );
    let done = false;
    const replica = openReplica(
      url,
      code,
      (synced) => {
        if (!synced || done) return;
        done = true;
        clearTimeout(timer);
        resolve(replica);
      },
      { WebSocketImpl: countingWebSocket(counter, localAddress, deviceClock), ...(params ? { params } : {}) },
    );
    watch(replica.doc, marks);
  });
}

/**
 * Participants share the venue's one address (127.0.0.1); each remote follower has its own, as
 * the server's per-address budgets would see a real audience (127.0.0.0/8 is all this machine).
 */
function followerAddress(n: number): string {
  return `127.0.${2 + Math.floor(n / 250)}.${1 + (n % 250)}`;
}

/** Runs `make(i)` for i in [0, n) at most CONNECT_BATCH at a time, so connecting is not a stampede. */
async function inBatches<T>(n: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, n - i) }, (_, k) => make(i + k));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

/** An empty crowd; connectInto adds people to it. */
export function emptyCrowd(): Crowd {
  return {
    participants: [],
    followers: [],
    followerBytes: { bytes: 0, frames: 0 },
    participantBytes: { bytes: 0, frames: 0 },
  };
}

/** Joins `participants` people (named from `firstIndex`) and opens `followers` followers, adding them to `crowd`. */
export async function connectInto(
  crowd: Crowd,
  url: string,
  code: string,
  { participants, followers, firstIndex, followersAs, followOnly, replicaClock }: ConnectPlan,
  marks: Marks,
): Promise<void> {
  const deviceClock = replicaClock === 'device';
  const people = await inBatches(participants, async (i) => {
    const n = firstIndex + i;
    const { socket } = await joinAs(url, code, `Participant ${n}`, n % 4 === 3 ? 'remote' : 'room');
    return {
      socket: socket as unknown as Socket,
      replica: await syncedReplica(url, code, crowd.participantBytes, marks, { deviceClock }),
    };
  });
  crowd.participants.push(...people);
  const first = crowd.followers.length;
  crowd.followers.push(
    ...(await inBatches(followers, (i) => {
      // As the follow screen opens its replica, when asked: many nodes serve those through their relays.
      const params = followOnly ? { client: 'follow' } : undefined;
      const localAddress = followerAddress(firstIndex + first + i);
      const open = followersAs === 'wire' ? wireFollower : syncedReplica;
      return open(url, code, crowd.followerBytes, marks, { localAddress, params, deviceClock });
    })),
  );
}

/** Closes every socket and replica of the crowd. */
export function closeCrowd(crowd: Crowd): void {
  for (const p of crowd.participants) {
    p.socket.disconnect();
    p.replica.destroy();
  }
  for (const f of crowd.followers) f.destroy();
}
