/** The simulated people of one worker: participants (Socket.IO + replica) and followers (replica only). */
import type { Socket } from 'socket.io-client';
import { openReplica, type Replica } from '../../client/src/net/replica.ts';
import { joinAs } from '../../test/helpers/clients.ts';
import { countingWebSocket, type ByteCounter } from './counting-ws.ts';
import { watch, type Marks } from './marks.ts';

export interface Participant {
  socket: Socket;
  replica: Replica;
}

export interface Crowd {
  participants: Participant[];
  followers: Replica[];
  followerBytes: ByteCounter;
  participantBytes: ByteCounter;
}

const CONNECT_BATCH = 25;
const SYNC_TIMEOUT_MS = 60_000;

/** Opens a replica exactly as the browser client does (client/src/net/replica.ts) and resolves once synced. */
export function syncedReplica(url: string, code: string, counter: ByteCounter, marks: Marks): Promise<Replica> {
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
      { WebSocketImpl: countingWebSocket(counter) },
    );
    watch(replica.doc, marks);
  });
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

/** Joins `participants` people (named from `firstIndex`) and opens `followers` replicas, adding them to `crowd`. */
export async function connectInto(
  crowd: Crowd,
  url: string,
  code: string,
  participants: number,
  followers: number,
  firstIndex: number,
  marks: Marks,
): Promise<void> {
  const people = await inBatches(participants, async (i) => {
    const n = firstIndex + i;
    const { socket } = await joinAs(url, code, `Participant ${n}`, n % 4 === 3 ? 'remote' : 'room');
    return {
      socket: socket as unknown as Socket,
      replica: await syncedReplica(url, code, crowd.participantBytes, marks),
    };
  });
  crowd.participants.push(...people);
  crowd.followers.push(...(await inBatches(followers, () => syncedReplica(url, code, crowd.followerBytes, marks))));
}

/** Closes every socket and replica of the crowd. */
export function closeCrowd(crowd: Crowd): void {
  for (const p of crowd.participants) {
    p.socket.disconnect();
    p.replica.destroy();
  }
  for (const f of crowd.followers) f.destroy();
}
