/** Drives seeded junk into each channel of a running server and records how it answered. */
import net from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { COMMAND_NAMES } from '../../shared/commands.ts';
import type { SocketAuth } from '../../shared/schemas/session.ts';
import { fromAddress, newToken } from './clients.ts';
import { junkValue, junkYjsFrame, type Rng } from './fuzz.ts';

export interface Target {
  url: string;
  code: string;
  facilitatorKey: string;
  /** The loopback address this channel's junk comes from: each channel is its own caller. */
  from: string;
}

/** Sends `total` junk events from a pool of sockets of every kind; resolves with every ack received. */
export async function fuzzSocketIo(t: Target, rng: Rng, total: number): Promise<{ sent: number; acks: unknown[] }> {
  // Every command of the table, and the clock query: a new command is fuzzed as soon as it has a row.
  const commands = [...COMMAND_NAMES, 'clock:ping'];
  const unknown = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'x'.repeat(300), 'note:ADD', ''];
  const kinds: SocketAuth['client'][] = ['facilitate', 'participant', 'participant', 'follow', 'screen'];
  const perSocket = 40; // under the burst allowance, so the rate limit does not hide handler bugs
  const acks: unknown[] = [];
  const pending: Array<Promise<void>> = [];
  for (let sent = 0; sent < total; sent += perSocket) {
    const client = kinds[(sent / perSocket) % kinds.length]!;
    const auth: SocketAuth = {
      code: t.code,
      client,
      ...(client === 'facilitate' ? { facilitatorKey: t.facilitatorKey } : {}),
    };
    const socket = io(t.url, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...fromAddress(t.from),
    });
    // A refused handshake (this caller's budget spent) is an answer too: nothing to send on it.
    const admitted = await new Promise<boolean>((resolve) => {
      socket.once('session:ready', () => resolve(true));
      socket.once('connect_error', () => resolve(false));
    });
    if (!admitted) {
      socket.close();
      continue;
    }
    if (rng.next() < 0.5)
      await socket
        .timeout(2000)
        .emitWithAck('session:join', {
          name: `Fuzz ${sent}`,
          organisation: 'Fuzz',
          attendance: 'room',
          token: newToken(),
          commandId: `join-${sent}`,
        })
        .catch(() => null);
    const raw = socket as unknown as { emit(event: string, ...args: unknown[]): void };
    let expected = 0;
    let settle: () => void = () => undefined;
    const settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const onAck = (r: unknown) => {
      acks.push(r);
      if (--expected === 0) settle();
    };
    for (let i = 0; i < perSocket && sent + i < total; i++) {
      const event = rng.next() < 0.8 ? rng.pick(commands) : rng.pick(unknown);
      const args = Array.from({ length: rng.int(3) }, () => junkValue(rng));
      if (rng.next() < 0.7) {
        expected++;
        raw.emit(event, ...args, onAck);
      } else raw.emit(event, ...args);
    }
    // Acks that never come (the socket was dropped for an oversized message) must not stall the run.
    const timeout = setTimeout(settle, 1500);
    pending.push(
      settled.then(() => {
        clearTimeout(timeout);
        socket.close();
      }),
    );
  }
  await Promise.all(pending);
  return { sent: total, acks };
}

/** Sends raw engine.io/socket.io frames that no client library would produce. */
export async function fuzzSocketIoFrames(url: string, from: string, rng: Rng, total: number): Promise<number> {
  const frames = () =>
    rng.pick([
      '4',
      '42',
      '42[',
      '42["clock:ping",',
      '43',
      '40{"code":',
      `40${'x'.repeat(rng.int(500))}`,
      '451-["a",{"_placeholder":true,"num":99}]',
      '2probe',
      '9',
      '',
      `4${String.fromCharCode(...rng.bytes(40))}`,
    ]);
  let sent = 0;
  while (sent < total) {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`, {
      localAddress: from,
    });
    ws.on('error', () => undefined);
    await opened(ws);
    for (let i = 0; i < 10 && sent < total; i++, sent++)
      if (ws.readyState === ws.OPEN) ws.send(rng.next() < 0.2 ? Buffer.from(rng.bytes(30)) : frames());
    ws.terminate();
  }
  return sent;
}

/** Sends `total` junk Yjs frames, each followed by a sync step 1 probe; reopens when the host hangs up. */
export async function fuzzYjs(t: Target, rng: Rng, total: number): Promise<{ answered: number; closed: number }> {
  const rogue = new Y.Doc();
  rogue.getMap('notes').set('forged', { text: 'forged' });
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 0);
  syncProtocol.writeUpdate(update, Y.encodeStateAsUpdate(rogue));
  const probe = encoding.createEncoder();
  encoding.writeVarUint(probe, 0);
  syncProtocol.writeSyncStep1(probe, new Y.Doc());
  const valid = [encoding.toUint8Array(update), encoding.toUint8Array(probe)];
  const stats = { answered: 0, closed: 0 };
  let next = 0;
  // Junk makes the host hang up, so each worker reconnects often: each is a caller of its own.
  const worker = async (_: unknown, k: number) => {
    const localAddress = nthAddress(t.from, k);
    while (next < total) {
      const ws = new WebSocket(`${t.url.replace('http', 'ws')}/yjs/${t.code}`, { localAddress });
      ws.on('error', () => undefined);
      await opened(ws);
      // Refused before opening (this caller's budget spent): counted as hung up, so the run ends.
      if (ws.readyState !== ws.OPEN) {
        if (next < total) {
          next++;
          stats.closed++;
        }
        continue;
      }
      // Twenty frames and probes per connection stay inside the flood allowance.
      for (let sentHere = 0; ws.readyState === ws.OPEN && next < total && sentHere < 20; sentHere++) {
        next++;
        const outcome = new Promise<'answered' | 'closed'>((resolve) => {
          ws.once('close', () => resolve('closed'));
          ws.on('message', (data: Buffer) => isStep2(data) && resolve('answered'));
        });
        ws.send(junkYjsFrame(rng, rng.pick(valid)));
        if (ws.readyState === ws.OPEN) ws.send(valid[1]!);
        stats[await outcome]++;
        ws.removeAllListeners('message');
      }
      ws.terminate();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return stats;
}

function isStep2(data: Buffer): boolean {
  const d = decoding.createDecoder(new Uint8Array(data));
  return decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === syncProtocol.messageYjsSyncStep2;
}

/** Sends `total` malformed HTTP requests (most through fetch, some as raw bytes); resolves with the statuses. */
export async function fuzzHttp(t: Target, rng: Rng, total: number): Promise<number[]> {
  const statuses: number[] = [];
  const junkCode = () =>
    rng.pick([
      t.code,
      'ZZZZZZ',
      '%00',
      '..%2f..',
      'a'.repeat(rng.int(3000)),
      encodeURIComponent(String(junkValue(rng)).slice(0, 200)),
    ]);
  const paths = () =>
    rng.pick([
      `/api/workshops/${junkCode()}`,
      `/api/workshops/${junkCode()}/qr.svg`,
      `/api/workshops/${t.code}/report?format=${junkCode()}`,
      `/w/${junkCode()}`,
      '/%E0%A4%A',
      '/assets/..%2f..%2fpackage.json',
      `/socket.io/?EIO=${rng.int(9)}&transport=${junkCode()}`,
      `/yjs/${junkCode()}`,
      '/api/workshops',
    ]);
  const bodies = () =>
    rng.pick([
      JSON.stringify(junkValue(rng)),
      '{"template":',
      '['.repeat(5000),
      'x'.repeat(rng.int(40_000)),
      `{"template":"blank","title":${JSON.stringify(junkValue(rng))}}`,
    ]);
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      if (i % 4 === 3) {
        statuses.push(await rawRequest(t.url, rng));
        continue;
      }
      const method = rng.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
      const withBody = method !== 'GET' && method !== 'HEAD';
      const headers: Record<string, string> = {
        'content-type': rng.pick([
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-16',
        ]),
        authorization: `Bearer ${rng.pick([t.facilitatorKey.slice(1), '', 'x'.repeat(300)])}`,
      };
      const res = await fetch(t.url + paths(), { method, headers, ...(withBody ? { body: bodies() } : {}) }).catch(
        () => null,
      );
      statuses.push(res?.status ?? 0);
      await res?.arrayBuffer().catch(() => null);
    }
  };
  await Promise.all(Array.from({ length: 12 }, worker));
  return statuses;
}

/** Bytes no HTTP client would send; resolves with the status line's code, or 0 when the server hung up. */
function rawRequest(url: string, rng: Rng): Promise<number> {
  const { port } = new URL(url);
  const request = rng.pick([
    'GARBAGE / HTTP/1.1\r\n\r\n',
    'GET /api/workshops HTTP/9.9\r\n\r\n',
    `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    'POST /api/workshops HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n',
    'POST /api/workshops HTTP/1.1\r\nHost: x\r\nContent-Length: 99999\r\nContent-Type: application/json\r\n\r\n{"template"',
    'GET / HTTP/1.1\r\nHost: x\r\nBad Header\u0000: y\r\n\r\n',
    Buffer.from(rng.bytes(200)).toString('latin1'),
  ]);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.setTimeout(1000, () => socket.destroy());
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.end(request, 'latin1');
  });
}

/** The address `k` after `first` in its /24 (`127.0.0.100`, 2 → `127.0.0.102`). */
function nthAddress(first: string, k: number): string {
  return first.replace(/\d+$/, (last) => String(Number(last) + k));
}

/** Resolves once `ws` is open, or closed without opening. */
function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    ws.once('open', () => resolve());
    ws.once('close', () => resolve());
  });
}
