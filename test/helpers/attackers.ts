/**
 * Hostile callers for the abuse tests: a workshop filled by its own facilitator, raw replicas
 * that ask for the whole document over and over (or never read what they asked for), and the
 * honest bystander whose acknowledgements and health checks are timed meanwhile. Every caller
 * has its own loopback address, as separate machines would.
 */
import http from 'node:http';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { connectSocket, joinAs, send, type TestSocket } from './clients.ts';

/** A sync step 1 with an empty state vector: "send me everything". */
export function fullStateRequest(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

/** POSTs `body` to `path` from `from`; resolves the status and the JSON answer. */
export function postFrom(
  url: string,
  path: string,
  from: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${path}`,
      { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs a new ILO workshop from `from`; resolves the status and, on 201, the workshop. */
export function createFrom(url: string, from: string, headers: Record<string, string> = {}) {
  return postFrom(url, '/api/workshops', from, JSON.stringify({ template: 'ilo-coop-2018' }), headers) as Promise<{
    status: number;
    body: CreatedWorkshop | { error: string };
  }>;
}

/** Fills `w` with `notes` long notes through `sockets` facilitator connections from `from`. */
export async function fillWorkshop(url: string, w: CreatedWorkshop, from: string, notes = 400, sockets = 8) {
  const text = (i: number) => `${i} ${'Certification costs keep small producers out of export markets. '.repeat(7)}`;
  await Promise.all(
    Array.from({ length: sockets }, async (_, k) => {
      const { socket } = await connectSocket(
        url,
        { code: w.code, client: 'facilitate', facilitatorKey: w.facilitatorKey },
        { from },
      );
      for (let i = k; i < notes; i += sockets) {
        const r = await send(socket, 'note:add', {
          id: `fill-${i}`,
          boardId: 'challenges',
          column: 'Costs and finance',
          text: text(i).slice(0, 500),
        });
        if (!r.ok) throw new Error(`fill: note ${i} refused: ${r.error}`);
      }
      socket.close();
    }),
  );
}

export interface Flood {
  /** Full-state answers received, and bytes. */
  answers: number;
  bytes: number;
  /** Connections the server closed or refused. */
  closed: number;
  stop(): void;
}

/**
 * `connections` replicas of `code` from `from`, each asking for the whole document every
 * `everyMs` (inside the per-connection allowance); a connection the server closes is reopened.
 */
export function syncFlood(url: string, code: string, from: string, connections: number, everyMs = 50): Flood {
  const request = fullStateRequest();
  const flood: Flood = { answers: 0, bytes: 0, closed: 0, stop: () => undefined };
  let running = true;
  const sockets = new Set<WebSocket>();
  const open = () => {
    if (!running) return;
    const ws = new WebSocket(`${url.replace('http', 'ws')}/yjs/${code}`, { localAddress: from });
    sockets.add(ws);
    let timer: ReturnType<typeof setInterval> | null = null;
    ws.on('open', () => {
      timer = setInterval(() => ws.readyState === ws.OPEN && ws.send(request), everyMs);
    });
    ws.on('message', (data: Buffer) => {
      flood.answers++;
      flood.bytes += data.byteLength;
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (timer) clearInterval(timer);
      sockets.delete(ws);
      flood.closed++;
      setTimeout(open, 100);
    });
  };
  for (let i = 0; i < connections; i++) open();
  flood.stop = () => {
    running = false;
    for (const ws of sockets) ws.terminate();
  };
  return flood;
}

/** Replicas that ask for the whole document `asks` times and never read a byte of the answers. */
export async function nonReaders(url: string, code: string, from: string[], connections: number, asks = 40) {
  const request = fullStateRequest();
  const sockets: WebSocket[] = [];
  await Promise.all(
    Array.from(
      { length: connections },
      (_, i) =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(`${url.replace('http', 'ws')}/yjs/${code}`, { localAddress: from[i % from.length] });
          sockets.push(ws);
          ws.on('error', () => resolve());
          ws.on('close', () => resolve());
          ws.on('open', () => {
            // Stop reading: everything the server sends from now on waits in its buffers, or ours.
            (ws as unknown as { _socket: { pause(): void } })._socket.pause();
            for (let k = 0; k < asks; k++) ws.send(request);
            resolve();
          });
        }),
    ),
  );
  return {
    sockets,
    stop: () => {
      for (const ws of sockets) ws.terminate();
    },
  };
}

export interface Bystander {
  /** Milliseconds from each note:add to its acknowledgement, and of each /healthz. */
  acks: number[];
  health: number[];
  refused: string[];
  stop(): Promise<void>;
}

/**
 * Four participants (named after `tag`) of another workshop taking turns to post a note every `everyMs` (each stays
 * inside the per-person note bound), and a /healthz every 200 ms, all from `from`.
 */
export async function bystander(
  url: string,
  w: CreatedWorkshop,
  from: string,
  everyMs = 300,
  tag = 'by',
): Promise<Bystander> {
  const { socket: fac } = await connectSocket(
    url,
    { code: w.code, client: 'facilitate', facilitatorKey: w.facilitatorKey },
    { from },
  );
  const entered = await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' });
  if (!entered.ok) throw new Error(`bystander: ${entered.error}`);
  const people: TestSocket[] = [];
  for (const name of ['Ama', 'Bo', 'Chi', 'Dee'])
    people.push((await joinAs(url, w.code, `${name} (${tag})`, 'room', from)).socket);
  const b: Bystander = { acks: [], health: [], refused: [], stop: async () => undefined };
  let running = true;
  const notes = (async () => {
    for (let i = 0; running; i++) {
      const t0 = performance.now();
      const r = await send(people[i % people.length]!, 'note:add', {
        id: `${tag}-${i}`,
        boardId: 'expectations',
        column: 'Expectations',
        text: `bystander ${i}`,
      });
      b.acks.push(performance.now() - t0);
      if (!r.ok) b.refused.push(r.error);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  // One kept-alive connection, as a monitor's: what is timed is the server, not a TCP handshake.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: from });
  const health = (async () => {
    while (running) {
      const t0 = performance.now();
      // A health check that fails counts as one that never answered.
      const answered = await timedGet(`${url}/healthz`, agent).then(
        (status) => status === 200,
        () => false,
      );
      b.health.push(answered ? performance.now() - t0 : Number.POSITIVE_INFINITY);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  b.stop = async () => {
    running = false;
    await Promise.all([notes, health]);
    agent.destroy();
    for (const s of [fac, ...people]) s.close();
  };
  return b;
}

function timedGet(url: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/** The `q` quantile (0–1) of `xs`. */
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Resident memory of a process, in bytes (Linux). */
export async function rssOf(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}
