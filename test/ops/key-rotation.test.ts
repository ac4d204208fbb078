/**
 * Rotating the facilitator key (REST, with the key): the old key is refused at once on sockets
 * and REST, every socket that came with it is closed and refused on its way back, the new key
 * works everywhere, and participants do not notice. On SQLite and PostgreSQL, and across a restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { connectSocket, joinAs, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent } from '../helpers/wait.ts';

let server: TestServer | null = null;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
  server = null;
});

const rotate = (url: string, code: string, key?: string) =>
  fetch(`${url}/api/workshops/${code}/key`, {
    method: 'POST',
    headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
  });
const report = (url: string, code: string, key: string) =>
  fetch(`${url}/api/workshops/${code}/report?format=json`, { headers: { authorization: `Bearer ${key}` } });

async function facilitatorSocket(url: string, code: string, facilitatorKey: string, reconnection = false) {
  const { socket } = await connectSocket(url, { code, client: 'facilitate', facilitatorKey }, { reconnection });
  sockets.push(socket);
  return socket;
}

describe.each(['sqlite', 'postgres'] as const)('rotating the facilitator key on %s', (store) => {
  it('refuses the old key at once on sockets and REST, closes its sockets, and the new key works', async () => {
    server = await startTestServer({ store });
    const { code, facilitatorKey: oldKey } = await server.createWorkshop();
    const other = await server.createWorkshop();
    const console1 = await facilitatorSocket(server.url, code, oldKey, true);
    const console2 = await facilitatorSocket(server.url, code, oldKey);
    const ana = await joinAs(server.url, code, 'Ana');
    sockets.push(ana.socket);

    expect((await rotate(server.url, code)).status).toBe(401);
    for (const key of [other.facilitatorKey, ana.token, `${oldKey}x`])
      expect((await rotate(server.url, code, key)).status).toBe(403);
    expect((await report(server.url, code, oldKey)).status).toBe(200);

    // The console that reconnects by itself comes back with the old key and is told it is no longer valid.
    const refusedOnReturn = nextEvent<Error>(console1, 'connect_error', 10_000);
    const closed = nextEvent<string>(console2, 'disconnect');
    const res = await rotate(server.url, code, oldKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as CreatedWorkshop;
    expect(body.code).toBe(code);
    expect(body.facilitatorKey).not.toBe(oldKey);
    expect(body.links.facilitate).toBe(`${server.url}/w/${code}/facilitate#key=${body.facilitatorKey}`);

    expect(await closed).toBe('transport close');
    expect((await refusedOnReturn).message).toBe('unauthorized');
    expect((await report(server.url, code, oldKey)).status).toBe(403);
    expect((await rotate(server.url, code, oldKey)).status).toBe(403);
    await expect(facilitatorSocket(server.url, code, oldKey)).rejects.toThrow('unauthorized');

    const fresh = await facilitatorSocket(server.url, code, body.facilitatorKey);
    expect(await send(fresh, 'agenda:enter', { segmentId: 'closing', activityId: null })).toMatchObject({ ok: true });
    expect((await report(server.url, code, body.facilitatorKey)).status).toBe(200);
    // A participant's socket is not the key's: it stays connected and keeps working.
    expect(ana.socket.connected).toBe(true);
    expect(await send(ana.socket, 'clock:ping', null)).toMatchObject({ ok: true });
    // Another workshop's key is untouched.
    expect((await report(server.url, other.code, other.facilitatorKey)).status).toBe(200);

    // Stored, not only in memory: after a restart the new key works and the old one is still refused.
    server = await server.restart();
    expect((await report(server.url, code, oldKey)).status).toBe(403);
    expect((await report(server.url, code, body.facilitatorKey)).status).toBe(200);
  });
});

it('answers 404 for a workshop that does not exist', async () => {
  server = await startTestServer();
  expect((await rotate(server.url, 'ACDEFG', 'x'.repeat(43))).status).toBe(404);
});
