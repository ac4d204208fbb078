/**
 * Budgets per caller and in total: workshop creation (attack 3), join-code scans (attack 8),
 * connections held open (attack 4), and the venue that must never notice them: 80 people behind
 * one NAT address, all arriving at once.
 */
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { newJoinCode } from '../../server/workshops/secrets.ts';
import { createFrom, postFrom } from '../helpers/attackers.ts';
import { connectSocket, fromAddress, getFrom, joinAs, openReplica, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await server?.close();
});

/** A Socket.IO handshake from `from`; resolves 'connected' or the refusal's message. */
function handshake(url: string, code: string, from: string): Promise<string> {
  const socket: TestSocket = io(url, {
    auth: { code, client: 'participant' },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...fromAddress(from),
  });
  cleanups.push(() => socket.close());
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

/** A Yjs upgrade from `from`; resolves 'open', the HTTP status of a refusal, or the close code. */
function replicaUpgrade(url: string, code: string, from: string): Promise<string> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/yjs/${code}`, { localAddress: from });
  ws.on('error', () => undefined);
  cleanups.push(() => ws.terminate());
  return new Promise((resolve) => {
    ws.once('open', () => resolve('open'));
    ws.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
  });
}

describe('creating workshops', () => {
  it('is open on a venue laptop but paced per address, and capped in total', async () => {
    server = await startTestServer({ config: { maxWorkshops: 30 } });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await createFrom(server.url, '127.0.0.31')).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // Importing a design is creating a workshop too.
    expect((await postFrom(server.url, '/api/workshops/import', '127.0.0.31', '{}')).status).toBe(429);
    // Another address is not held back by the first one's pace...
    for (let i = 0; i < 10; i++) expect((await createFrom(server.url, '127.0.0.32')).status).toBe(201);
    // ...until the store holds as many workshops as it may.
    expect(await createFrom(server.url, '127.0.0.33')).toEqual({ status: 507, body: { error: 'limit_reached' } });
  });

  it('needs CREATE_KEY when one is set', async () => {
    server = await startTestServer({ config: { createKey: 'a-long-operator-key' } });
    expect(await createFrom(server.url, '127.0.0.34')).toEqual({ status: 401, body: { error: 'unauthorized' } });
    const wrong = await createFrom(server.url, '127.0.0.34', { authorization: 'Bearer a-long-operator-kez' });
    expect(wrong.status).toBe(401);
    const right = await createFrom(server.url, '127.0.0.34', { authorization: 'Bearer a-long-operator-key' });
    expect(right.status).toBe(201);
  });
});

describe('scanning join codes', () => {
  it('stops an address after its misses, on every channel, hits included; others are served', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const scanner = '127.0.0.41';
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      let guess = newJoinCode();
      while (guess === code) guess = newJoinCode();
      statuses.push((await getFrom(scanner, `${server.url}/api/workshops/${guess}/clock`)).status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    // A refusal says nothing about the code: the real one is refused to the scanner too.
    expect((await getFrom(scanner, `${server.url}/api/workshops/${code}`)).status).toBe(429);
    expect(await handshake(server.url, code, scanner)).toBe('rate_limited');
    expect(await replicaUpgrade(server.url, code, scanner)).toBe('429');
    // Somebody else finds it at once.
    expect((await getFrom('127.0.0.42', `${server.url}/api/workshops/${code}`)).status).toBe(200);
    expect(await handshake(server.url, code, '127.0.0.42')).toBe('connected');
  });

  it('holds back every address that missed once misses from everyone pass the total', async () => {
    const budgets = { lookupMiss: { perAddress: { points: 30, seconds: 600 }, total: { points: 20, seconds: 600 } } };
    server = await startTestServer({ config: { limits: { ...DEFAULT_LIMITS, budgets } } });
    const { code } = await server.createWorkshop();
    for (let a = 0; a < 5; a++)
      for (let i = 0; i < 4; i++) await getFrom(`127.0.0.5${a}`, `${server.url}/api/workshops/ZZZZZ${a}/clock`);
    expect((await getFrom('127.0.0.50', `${server.url}/api/workshops/${code}`)).status).toBe(429);
    expect((await getFrom('127.0.0.59', `${server.url}/api/workshops/${code}`)).status).toBe(200);
  });
});

describe('connections', () => {
  it('are capped per address and in total, both sockets counted together', async () => {
    const connections = { perAddress: 6, perWorkshop: 100, total: 10 };
    server = await startTestServer({ config: { limits: { ...DEFAULT_LIMITS, connections } } });
    const { code } = await server.createWorkshop();
    const a = '127.0.0.61';
    const opened = [];
    for (let i = 0; i < 3; i++)
      opened.push(await handshake(server.url, code, a), await replicaUpgrade(server.url, code, a));
    expect(opened).toEqual(['connected', 'open', 'connected', 'open', 'connected', 'open']);
    expect(await handshake(server.url, code, a)).not.toBe('connected');
    expect(await replicaUpgrade(server.url, code, a)).toBe('503');
    for (let i = 0; i < 4; i++) expect(await replicaUpgrade(server.url, code, '127.0.0.62')).toBe('open');
    expect(await replicaUpgrade(server.url, code, '127.0.0.63')).toBe('503');
    // A connection that closes gives its place back.
    for (const c of cleanups.splice(0)) c();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await replicaUpgrade(server.url, code, '127.0.0.63')).toBe('open');
  });
});

describe('one crowded workshop', () => {
  it('leaves room on the node for the others', async () => {
    const connections = { perAddress: 100, perWorkshop: 4, total: 100 };
    server = await startTestServer({ config: { limits: { ...DEFAULT_LIMITS, connections } } });
    const crowded = (await server.createWorkshop()).code;
    const other = (await server.createWorkshop()).code;
    const from = (i: number) => `127.0.0.${100 + i}`;
    const opened = [];
    for (let i = 0; i < 2; i++)
      opened.push(await handshake(server.url, crowded, from(i)), await replicaUpgrade(server.url, crowded, from(i)));
    expect(opened).toEqual(['connected', 'open', 'connected', 'open']);
    expect(await handshake(server.url, crowded, from(3))).toBe('limit_reached');
    const full = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/${crowded}`, { localAddress: from(4) });
    cleanups.push(() => full.terminate());
    expect(await new Promise((resolve) => full.once('close', resolve))).toBe(4008);
    expect(await handshake(server.url, other, from(5))).toBe('connected');
    expect(await replicaUpgrade(server.url, other, from(5))).toBe('open');
  });
});

describe('a venue behind one NAT address', () => {
  it('gets all 80 people in within a minute, each with a socket, a replica and a note, with the default budgets', async () => {
    server = await startTestServer();
    const { code, facilitatorKey } = await server.createWorkshop();
    const venue = '127.0.0.70';
    const fac = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey }, { from: venue });
    cleanups.push(() => fac.socket.close());
    expect(
      (await send(fac.socket, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok,
    ).toBe(true);
    // Twenty at a time, all inside one budget window: the budgets see the venue arrive at once,
    // and a busy test machine is not asked to handshake 240 connections in one instant.
    const arrive = async (i: number) => {
      const [person, replica, clock] = await Promise.all([
        joinAs(server.url, code, `Person ${i}`, 'room', venue),
        openReplica(server.url, code, {}, venue, 20_000),
        getFrom(venue, `${server.url}/api/workshops/${code}/clock`),
      ]);
      cleanups.push(
        () => person.socket.close(),
        () => replica.destroy(),
      );
      expect(clock.status).toBe(200);
      return person;
    };
    const people = [];
    for (let wave = 0; wave < 80; wave += 20)
      people.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => arrive(wave + i)))));
    const acks = await Promise.all(
      people.map((p, i) =>
        send(p.socket, 'note:add', { id: `nat-${i}`, boardId: 'expectations', column: 'Expectations', text: `${i}` }),
      ),
    );
    expect(acks.filter((r) => !r.ok)).toEqual([]);
    expect((await getFrom(venue, `${server.url}/api/workshops/${code}/qr.svg`)).status).toBe(200);
  });
});
