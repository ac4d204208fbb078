/**
 * Every command carries a client-made id: a resend after a lost acknowledgement is answered with
 * the first result and never applied twice, and one rule names senders, so a co-facilitator's
 * ids never meet the key holder's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, newToken, send } from '../helpers/clients.ts';
import { okValue } from '../helpers/board-room.ts';
import { openMeeting, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let m: Meeting;
beforeAll(async () => {
  server = await startTestServer();
  m = await openMeeting(server);
  await m.enter('session-3', 's3-silent-writing');
  okValue(await send(m.fac, 'board:mode', { boardId: 'challenges', mode: 'open' }));
  const note = { boardId: 'challenges', column: 'Markets and trade', text: 'Prices swing' };
  okValue(await send(m.ana.socket, 'note:add', { ...note, id: 'n1' }));
  okValue(await send(m.ben.socket, 'note:add', { ...note, id: 'n2' }));
  await m.enter('session-3', 's3-dot-vote');
}, 30_000);
afterAll(async () => {
  m?.close();
  await server?.close();
});

const state = async () => (await server.server.hub.get(m.code))!.state;

describe('command ids', () => {
  it('answers a resent dot with the first result and places it once', async () => {
    const dot = { boardId: 'challenges', noteId: 'n1', commandId: 'dot-1' };
    const first = await send(m.ana.socket, 'vote:cast', dot);
    const again = await send(m.ana.socket, 'vote:cast', dot);
    expect(again).toEqual(first);
    expect((await state()).pub.votes.challenges?.dotsCast).toBe(1);
    expect(await send(m.ana.socket, 'vote:cast', { ...dot, noteId: 'n2', commandId: 'dot-2' })).toMatchObject({
      ok: true,
    });
    expect((await state()).pub.votes.challenges?.dotsCast).toBe(2);
  });

  it('refuses an id reused for another command instead of answering with the other one’s result', async () => {
    const r = await send(m.ana.socket, 'vote:retract', { boardId: 'challenges', noteId: 'n1', commandId: 'dot-1' });
    expect(r).toMatchObject({ ok: false, error: 'conflict' });
    expect((await state()).pub.votes.challenges?.dotsCast).toBe(2);
  });

  it('keeps a co-facilitator’s command ids apart from the key holder’s', async () => {
    okValue(await send(m.fac, 'people:promote', { participantId: m.ben.participantId }));
    const before = (await state()).pub.room.timer.durationMs;
    const adjust = { deltaMs: 60_000, commandId: 'plus-one' };
    okValue(await send(m.fac, 'timer:adjust', adjust));
    okValue(await send(m.ben.socket, 'timer:adjust', adjust));
    okValue(await send(m.fac, 'timer:adjust', adjust));
    expect((await state()).pub.room.timer.durationMs).toBe(before + 120_000);
  });

  it('joins once when a join is resent, and binds nobody who resends it without the device token', async () => {
    const count = async () => Object.keys((await state()).priv.participants).length;
    const before = await count();
    const join = {
      name: 'Lena',
      organisation: 'Coop Peru',
      attendance: 'room',
      token: newToken(),
      commandId: 'join-lena',
    } as const;
    const device = (await connectSocket(server.url, { code: m.code, client: 'participant' })).socket;
    const first = okValue(await send(device, 'session:join', join));
    const again = okValue(await send(device, 'session:join', join));
    expect(again).toEqual(first);
    expect(await count()).toBe(before + 1);

    const thief = (await connectSocket(server.url, { code: m.code, client: 'participant' })).socket;
    expect(await send(thief, 'session:join', { ...join, token: newToken() })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await send(thief, 'vote:cast', { boardId: 'challenges', noteId: 'n1' })).toMatchObject({
      error: 'forbidden',
    });
    expect(await count()).toBe(before + 1);
    device.close();
    thief.close();
  });
});
