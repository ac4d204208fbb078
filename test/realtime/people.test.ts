/** Promote, demote, kick over real sockets: rights change on the very next event. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Presence, SessionSnapshot } from '../../shared/protocol/session.ts';
import { connectSocket, joinAs, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

let server: TestServer;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
});

async function room() {
  server = await startTestServer();
  const { code, facilitatorKey } = await server.createWorkshop();
  const fac = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
  const amina = await joinAs(server.url, code, 'Amina');
  sockets.push(fac.socket, amina.socket);
  return { code, facilitatorKey, fac: fac.socket, amina };
}

const probe = (s: TestSocket) => send(s, 'timer:start', { durationMs: 60_000 });

describe('co-facilitators', () => {
  it('a promoted participant has facilitator rights on the next event, and loses them on demotion', async () => {
    const { fac, amina } = await room();
    expect(await probe(amina.socket)).toMatchObject({ ok: false, error: 'forbidden' });

    const told = nextEvent<SessionSnapshot>(amina.socket, 'session:ready');
    expect(await send(fac, 'people:promote', { participantId: amina.participantId })).toEqual({
      ok: true,
      value: null,
    });
    expect(await told).toMatchObject({ role: 'facilitator', participantId: amina.participantId, name: 'Amina' });
    expect((await probe(amina.socket)).ok).toBe(true);

    const demoted = nextEvent<SessionSnapshot>(amina.socket, 'session:ready');
    expect((await send(fac, 'people:demote', { participantId: amina.participantId })).ok).toBe(true);
    expect((await demoted).role).toBe('participant');
    expect(await probe(amina.socket)).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('keeps the promotion across a restart, on reconnect with the token', async () => {
    const { code, fac, amina } = await room();
    expect((await send(fac, 'people:promote', { participantId: amina.participantId })).ok).toBe(true);
    for (const s of sockets.splice(0)) s.close();
    server = await server.restart();
    const back = await connectSocket(server.url, { code, client: 'participant', participantToken: amina.token });
    sockets.push(back.socket);
    expect(back.session.role).toBe('facilitator');
    expect((await probe(back.socket)).ok).toBe(true);
  });
});

describe('co-facilitators see who is here', () => {
  /** The last presence a socket was told, kept as it arrives. */
  function lastPresence(socket: TestSocket): () => Presence | null {
    let last: Presence | null = null;
    socket.on('presence:changed', (p) => (last = p));
    return () => last;
  }

  it('a promoted console on the participant token gets names, and loses them on demotion', async () => {
    const { code, fac, amina } = await room();
    const kofi = await joinAs(server.url, code, 'Kofi');
    const cofac = await connectSocket(server.url, { code, client: 'facilitate', participantToken: amina.token });
    sockets.push(kofi.socket, cofac.socket);
    expect(cofac.session).toMatchObject({ role: 'participant', participantId: amina.participantId });
    const seen = lastPresence(cofac.socket);
    await waitFor(() => seen()?.people === null && seen()!.room === 2, 'counts without names before the promotion');

    expect((await send(fac, 'people:promote', { participantId: amina.participantId })).ok).toBe(true);
    const named = await waitFor(() => seen()?.people, 'names after the promotion');
    expect(named.map((p) => [p.name, p.cofacilitator]).sort()).toEqual([
      ['Amina', true],
      ['Kofi', false],
    ]);

    expect((await send(fac, 'people:demote', { participantId: amina.participantId })).ok).toBe(true);
    await waitFor(() => seen()?.people === null, 'counts without names after the demotion');
  });
});

describe('kick', () => {
  it('hangs up on the participant, and their token no longer works', async () => {
    const { code, fac, amina } = await room();
    expect((await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok).toBe(
      true,
    );
    const note = { id: 'n-before', boardId: 'expectations', column: 'Expectations', text: 'before' };
    expect((await send(amina.socket, 'note:add', note)).ok).toBe(true);

    const hungUp = nextEvent<string>(amina.socket, 'disconnect');
    expect((await send(fac, 'people:kick', { participantId: amina.participantId })).ok).toBe(true);
    expect(await hungUp).toBe('io server disconnect');

    const back = await connectSocket(server.url, { code, client: 'participant', participantToken: amina.token });
    sockets.push(back.socket);
    expect(back.session).toMatchObject({ role: 'guest', participantId: null });
    const after = await send(back.socket, 'note:add', { ...note, id: 'n-after', text: 'after' });
    expect(after).toMatchObject({ ok: false, error: 'forbidden' });
    const live = (await server.server.hub.get(code))!;
    expect(Object.values(live.state.pub.notes).map((n) => n.text)).toEqual(['before']);
    expect(live.state.priv.participants[amina.participantId]).toMatchObject({ name: 'Amina', tokenHash: '' });
  });

  it("takes a co-facilitator's rights too, on every socket they hold", async () => {
    const { code, fac, amina } = await room();
    const secondTab = await connectSocket(server.url, { code, client: 'participant', participantToken: amina.token });
    sockets.push(secondTab.socket);
    expect((await send(fac, 'people:promote', { participantId: amina.participantId })).ok).toBe(true);
    expect((await probe(secondTab.socket)).ok).toBe(true);
    const bothGone = Promise.all([nextEvent(amina.socket, 'disconnect'), nextEvent(secondTab.socket, 'disconnect')]);
    expect((await send(fac, 'people:kick', { participantId: amina.participantId })).ok).toBe(true);
    await bothGone;
    const back = await connectSocket(server.url, { code, client: 'participant', participantToken: amina.token });
    sockets.push(back.socket);
    expect(await probe(back.socket)).toMatchObject({ ok: false, error: 'forbidden' });
  });
});

describe('who may manage people', () => {
  it.each([
    ['a participant on themselves', 'self'],
    ['a participant on another', 'other'],
    ['a follower', 'follow'],
    ['a guest', 'guest'],
  ] as const)('refuses %s, and nothing changes', async (_name, who) => {
    const { code, amina } = await room();
    const kofi = await joinAs(server.url, code, 'Kofi');
    sockets.push(kofi.socket);
    const actor =
      who === 'self' || who === 'other'
        ? amina.socket
        : (await connectSocket(server.url, { code, client: who === 'follow' ? 'follow' : 'participant' })).socket;
    sockets.push(actor);
    const target = who === 'self' ? amina.participantId : kofi.participantId;
    const before = structuredClone((await server.server.hub.get(code))!.state.priv.participants);
    for (const event of ['people:promote', 'people:demote', 'people:kick'] as const) {
      expect(await send(actor, event, { participantId: target })).toMatchObject({ ok: false, error: 'forbidden' });
    }
    expect((await server.server.hub.get(code))!.state.priv.participants).toEqual(before);
    expect(kofi.socket.connected).toBe(true);
  });

  it.each([
    [{ participantId: 'no-such-person' }, 'not_found'],
    [{ participantId: 'has spaces' }, 'bad_request'],
    [{}, 'bad_request'],
    [null, 'bad_request'],
  ])('answers %j with %s', async (input, error) => {
    const { fac } = await room();
    expect(await send(fac, 'people:kick', input as { participantId: string })).toMatchObject({ ok: false, error });
  });
});
