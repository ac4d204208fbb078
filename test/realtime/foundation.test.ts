/** One server, one port: REST, Socket.IO and the read-only Yjs host, against the real thing. */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { connectSocket, newToken, type NodeReplica, openReplica, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

let server: TestServer;
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
  await server?.close();
});

function track<T extends TestSocket | NodeReplica>(x: T): T {
  cleanups.push(() => ('provider' in x ? x.destroy() : x.close()));
  return x;
}

describe('REST', () => {
  it('reports health', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('answers /favicon.ico with the icon (pages without an icon link ask for it)', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/favicon.ico`, { redirect: 'manual' });
    expect([res.status, res.headers.get('location')]).toEqual([301, '/favicon.svg']);
    const icon = await fetch(`${server.url}/favicon.ico`);
    expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
  });

  it('creates the ILO workshop with a short code, a long key and four links', async () => {
    server = await startTestServer();
    const created = await server.createWorkshop('ilo-coop-2018');
    expect(created.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(created.code).not.toMatch(/[0O1IL25SZ8B]/);
    expect(created.facilitatorKey.length).toBeGreaterThanOrEqual(40);
    expect(created.links.join).toBe(`${server.url}/w/${created.code}`);
    expect(created.links.facilitate).toContain(created.facilitatorKey);
    expect(created.links.screen).toBe(`${server.url}/w/${created.code}/screen`);
    expect(created.links.follow).toBe(`${server.url}/w/${created.code}/follow`);
  });

  it('serves the public view without any secret', async () => {
    server = await startTestServer();
    const created = await server.createWorkshop('ilo-coop-2018');
    const res = await fetch(`${server.url}/api/workshops/${created.code}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(created.facilitatorKey);
    const view = JSON.parse(text);
    expect(view.title).toMatch(/cooperation and trade between cooperatives/);
    expect(view.timezone).toBe('Europe/Zurich');
    expect(view.agenda.segments).toHaveLength(8);
    expect(view.boards.map((b: { id: string }) => b.id)).toContain('challenges');
  });

  it('creates a blank workshop with its title', async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'blank', title: 'Board retreat' }),
    });
    expect(res.status).toBe(201);
    const { code } = await res.json();
    expect((await (await fetch(`${server.url}/api/workshops/${code}`)).json()).title).toBe('Board retreat');
  });

  it.each([
    ['unknown template', JSON.stringify({ template: 'nope' }), 400, 'bad_request'],
    ['blank without title', JSON.stringify({ template: 'blank' }), 400, 'bad_request'],
    ['malformed JSON', '{"template":', 400, 'bad_request'],
    ['an oversized body', JSON.stringify({ template: 'blank', title: 'x'.repeat(100_000) }), 413, 'payload_too_large'],
  ])('refuses %s', async (_name, body, status, error) => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error });
  });

  it.each(['ZZZZZZ', 'nope', '%00'])('answers 404 for unknown code %s', async (code) => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/api/workshops/${code}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not_found' });
  });
});

describe('Socket.IO', () => {
  it('connects and tells each kind of client who it is', async () => {
    server = await startTestServer();
    const { code, facilitatorKey } = await server.createWorkshop();
    const fac = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
    track(fac.socket);
    expect(fac.session.role).toBe('facilitator');
    const guest = await connectSocket(server.url, { code, client: 'participant' });
    track(guest.socket);
    expect(guest.session.role).toBe('guest');
    const follower = await connectSocket(server.url, { code, client: 'follow' });
    track(follower.socket);
    expect(follower.session.role).toBe('follower');
  });

  it('refuses an unknown code and a wrong facilitator key', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    await expect(connectSocket(server.url, { code: 'ZZZZZZ', client: 'participant' })).rejects.toThrow('not_found');
    await expect(connectSocket(server.url, { code, client: 'facilitate', facilitatorKey: 'wrong' })).rejects.toThrow(
      'unauthorized',
    );
  });

  it('lets a guest join with a name and keeps the identity on reconnect with the token', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const guest = await connectSocket(server.url, { code, client: 'participant' });
    track(guest.socket);
    const token = newToken();
    const joined = await guest.socket.timeout(5000).emitWithAck('session:join', {
      name: ' Amina ',
      organisation: 'Coop Kenya',
      attendance: 'room',
      token,
      commandId: 'j1',
    });
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    const again = await connectSocket(server.url, {
      code,
      client: 'participant',
      participantToken: token,
    });
    track(again.socket);
    expect(again.session).toMatchObject({
      role: 'participant',
      name: 'Amina',
      organisation: 'Coop Kenya',
      participantId: joined.value.participantId,
    });
  });

  it('answers a clock ping with server time', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const { socket } = await connectSocket(server.url, { code, client: 'follow' });
    track(socket);
    const before = Date.now();
    const r = await socket.timeout(5000).emitWithAck('clock:ping', null);
    expect(r.ok && r.value.serverNow >= before).toBe(true);
  });

  it('announces presence counts', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const { socket } = await connectSocket(server.url, { code, client: 'follow' });
    track(socket);
    const presence = await nextEvent<{ remote: number; followers: number; people: unknown }>(
      socket,
      'presence:changed',
    );
    expect(presence.followers).toBe(1);
    expect(presence.people).toBeNull();
  });
});

describe('following by replica alone', () => {
  it('counts a follow screen that has no socket, and forgets it when it leaves', async () => {
    server = await startTestServer();
    const { code, facilitatorKey } = await server.createWorkshop();
    const { socket } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
    track(socket);
    const counts: number[] = [];
    socket.on('presence:changed', (p) => counts.push(p.followers));
    const follower = await openReplica(server.url, code, { client: 'follow' });
    await waitFor(() => counts.at(-1) === 1, 'one follower counted');
    const plain = track(await openReplica(server.url, code));
    follower.destroy();
    await waitFor(() => counts.at(-1) === 0 && counts.length >= 2, 'the follower forgotten');
    expect(plain.state().room.meta.code).toBe(code);
  });

  it('serves the template’s own words in French and Spanish, and 404 for a language it does not have', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const fr = (await (await fetch(`${server.url}/api/workshops/${code}/content/fr`)).json()) as Record<string, string>;
    expect(fr['Grouping the notes']).toBe('Regrouper les notes');
    const es = (await (await fetch(`${server.url}/api/workshops/${code}/content/es`)).json()) as Record<string, string>;
    expect(es['Markets and trade']).toBe('Mercados y comercio');
    expect((await fetch(`${server.url}/api/workshops/${code}/content/de`)).status).toBe(404);
    const blank = await server.createWorkshop('blank');
    expect(await (await fetch(`${server.url}/api/workshops/${blank.code}/content/fr`)).json()).toEqual({});
  });

  it('serves clock samples per workshop, uncached, and 404 for an unknown one', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const before = Date.now();
    const res = await fetch(`${server.url}/api/workshops/${code}/clock`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { serverNow } = (await res.json()) as { serverNow: number };
    expect(serverNow).toBeGreaterThanOrEqual(before);
    expect(serverNow).toBeLessThanOrEqual(Date.now());
    expect((await fetch(`${server.url}/api/workshops/AAAAAA/clock`)).status).toBe(404);
  });
});

describe('Yjs replica', () => {
  it('syncs the workshop document through y-websocket and sees the agenda', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const replica = track(await openReplica(server.url, code));
    const state = replica.state();
    expect(state.room.meta.title).toMatch(/cooperatives/);
    expect(state.room.agenda.segments.map((s) => s.id)).toContain('session-3');
    expect(Object.keys(state.boards)).toContain('roles');
  });

  it('refuses a client update: never applied, never relayed', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const observer = track(await openReplica(server.url, code));
    const live = (await server.server.hub.get(code))!;
    const before = Y.encodeStateVector(live.doc);

    const rogue = new Y.Doc();
    Y.applyUpdate(rogue, Y.encodeStateAsUpdate(live.doc));
    rogue.getMap('room').set('meta', { title: 'hijacked' });
    const raw = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/${code}`);
    await new Promise((r) => raw.once('open', r));
    for (const step of ['update', 'step2'] as const) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      if (step === 'update') syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(rogue));
      else syncProtocol.writeSyncStep2(encoder, rogue, Y.encodeStateVector(live.doc));
      raw.send(encoding.toUint8Array(encoder));
    }
    // A sync step 1 after the refused writes: its answer proves the server has read them.
    const answered = new Promise<Uint8Array>((resolve) =>
      raw.on('message', (data: Buffer) => {
        const d = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === syncProtocol.messageYjsSyncStep2)
          resolve(data);
      }),
    );
    const ask = encoding.createEncoder();
    encoding.writeVarUint(ask, 0);
    syncProtocol.writeSyncStep1(ask, new Y.Doc());
    raw.send(encoding.toUint8Array(ask));
    await answered;
    raw.close();

    expect(Y.encodeStateVector(live.doc)).toEqual(before);
    expect(live.state.pub.room.meta.title).toMatch(/cooperatives/);
    expect(observer.state().room.meta.title).toMatch(/cooperatives/);
  });

  it('closes a connection that sends garbage, and keeps serving others', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const raw = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/${code}`);
    await new Promise((r) => raw.once('open', r));
    const closed = new Promise<number>((r) => raw.once('close', (c) => r(c)));
    raw.send(Buffer.from([9, 9, 9]));
    expect(await closed).toBe(1007);
    const replica = track(await openReplica(server.url, code));
    expect(replica.state().room.meta.code).toBe(code);
  });

  it('tells a replica of an unknown workshop that it is gone (a close code a browser can read)', async () => {
    server = await startTestServer();
    const raw = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/AAAAAA`);
    const close = await new Promise<number>((r) => raw.once('close', (code) => r(code)));
    expect(close).toBe(4004);
  });
});

describe('restart', () => {
  it('keeps every workshop and its document on the same DATA_DIR', async () => {
    server = await startTestServer();
    const { code, facilitatorKey } = await server.createWorkshop();
    const joined = await connectSocket(server.url, { code, client: 'participant' });
    const token = newToken();
    const r = await joined.socket.timeout(5000).emitWithAck('session:join', {
      name: 'Kofi',
      organisation: 'Coop Ghana',
      attendance: 'remote',
      token,
      commandId: 'j1',
    });
    joined.socket.close();
    const before = Y.encodeStateAsUpdate((await server.server.hub.get(code))!.doc);
    server = await server.restart();

    const after = (await server.server.hub.get(code))!;
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, before);
    expect(after.doc.getMap('room').toJSON()).toEqual(reloaded.getMap('room').toJSON());
    const fac = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
    track(fac.socket);
    expect(fac.session.role).toBe('facilitator');
    if (!r.ok) throw new Error('join failed');
    const back = await connectSocket(server.url, { code, client: 'participant', participantToken: token });
    track(back.socket);
    expect(back.session.name).toBe('Kofi');
    const replica = track(await openReplica(server.url, code));
    await waitFor(() => replica.state().room.meta.code === code, 'replica after restart');
  });
});
