/**
 * TOKEN_TTL_HOURS on a real server with a fake clock: 72 h after the day was finished, a
 * participant's token is refused on the handshake, on a join, on a socket still connected with
 * it, and on REST (`token_expired`); the facilitator key, and a device with no token, are not.
 */
import { describe, expect, it } from 'vitest';
import { connectSocket, joinAs, send, type TestSocket } from '../helpers/clients.ts';
import { fakeClock } from '../helpers/fake-clock.ts';
import { serverPerTest } from '../helpers/per-test.ts';
import { startTestServer } from '../helpers/server.ts';

const t = serverPerTest();
const H = 60 * 60 * 1000;

/** Resolves 'connected' (with the participant the server bound) or the handshake's refusal. */
async function handshake(url: string, code: string, participantToken: string): Promise<string> {
  try {
    const { socket, session } = await connectSocket(url, { code, client: 'participant', participantToken });
    t.track(socket);
    return `connected as ${session.name}`;
  } catch (err) {
    return (err as Error).message;
  }
}

function me(url: string, code: string, token: string) {
  return fetch(`${url}/api/workshops/${code}/me`, { headers: { authorization: `Bearer ${token}` } });
}

describe('participant tokens expire after the day is finished', () => {
  it('72 h after agenda:finish: refused everywhere a token is presented; the key still works', async () => {
    const clock = fakeClock();
    t.server = await startTestServer({ clock });
    const { url } = t.server;
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = t.track((await connectSocket(url, { code, client: 'facilitate', facilitatorKey })).socket);
    const ana = await joinAs(url, code, 'Ana');
    ana.socket.close();
    const ben = await joinAs(url, code, 'Ben');
    t.track(ben.socket);
    expect(await send(fac, 'agenda:enter', { segmentId: 'closing', activityId: null })).toMatchObject({ ok: true });
    expect(await send(fac, 'agenda:finish', {})).toMatchObject({ ok: true });

    // Just before: the token still opens the workshop, on both channels.
    clock.advance(72 * H - 1);
    expect(await handshake(url, code, ana.token)).toBe('connected as Ana');
    expect(await (await me(url, code, ana.token)).json()).toMatchObject({
      participantId: ana.participantId,
      name: 'Ana',
    });
    expect(await send(ben.socket, 'hand:raise', { up: true })).toMatchObject({ ok: true });

    clock.advance(1);
    expect(await handshake(url, code, ana.token)).toBe('token_expired');
    const rest = await me(url, code, ana.token);
    expect([rest.status, await rest.json()]).toEqual([401, { error: 'token_expired' }]);
    // The socket Ben opened before it expired: refused from now on, and nothing changes.
    const before = await t.server.publicState(code);
    expect(await send(ben.socket, 'hand:raise', { up: false })).toEqual({ ok: false, error: 'token_expired' });
    expect(await t.server.publicState(code)).toEqual(before);
    // A join that presents the expired token (a device that reconnected without it) binds nothing.
    const bare: TestSocket = t.track((await connectSocket(url, { code, client: 'participant' })).socket);
    const rejoin = await send(bare, 'session:join', {
      name: 'Ana',
      organisation: 'x',
      attendance: 'room',
      token: ana.token,
    });
    expect(rejoin).toEqual({ ok: false, error: 'token_expired' });

    // Not a participant token: the facilitator key connects, acts and reads the report.
    const again = t.track((await connectSocket(url, { code, client: 'facilitate', facilitatorKey })).socket);
    const report = await fetch(`${url}/api/workshops/${code}/report?format=json`, {
      headers: { authorization: `Bearer ${facilitatorKey}` },
    });
    expect(report.status).toBe(200);
    // Its socket reopens the day (entering a step again): the organiser says it is not over, so tokens work again.
    expect(await send(again, 'agenda:enter', { segmentId: 'closing', activityId: null })).toMatchObject({ ok: true });
    expect(await handshake(url, code, ana.token)).toBe('connected as Ana');
  });

  it('follows TOKEN_TTL_HOURS, and a day never finished keeps its tokens', async () => {
    const clock = fakeClock();
    t.server = await startTestServer({ clock, config: { tokenTtlHours: 1 } });
    const { url } = t.server;
    const finished = await t.server.createWorkshop();
    const open = await t.server.createWorkshop();
    const fac = t.track(
      (await connectSocket(url, { code: finished.code, client: 'facilitate', facilitatorKey: finished.facilitatorKey }))
        .socket,
    );
    const ana = await joinAs(url, finished.code, 'Ana');
    const ben = await joinAs(url, open.code, 'Ben');
    for (const s of [ana.socket, ben.socket]) s.close();
    expect(await send(fac, 'agenda:enter', { segmentId: 'closing', activityId: null })).toMatchObject({ ok: true });
    expect(await send(fac, 'agenda:finish', {})).toMatchObject({ ok: true });

    clock.advance(H);
    expect(await handshake(url, finished.code, ana.token)).toBe('token_expired');
    clock.advance(400 * 24 * H);
    expect(await handshake(url, open.code, ben.token)).toBe('connected as Ben');
    expect((await me(url, open.code, ben.token)).status).toBe(200);
    // Unknown tokens and no token are told apart from an expired one.
    expect((await me(url, open.code, 'not-a-token')).status).toBe(403);
    expect((await fetch(`${url}/api/workshops/${open.code}/me`)).status).toBe(401);
  });
});
