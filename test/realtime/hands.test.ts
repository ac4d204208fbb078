/** Hands through the real server: raised from two devices, seen on every replica, the floor given, kept over a restart. */
import { afterEach, describe, expect, it } from 'vitest';
import { waitingHands, floorHolder } from '../../shared/speakers-queue.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, openReplica, send } from '../helpers/clients.ts';
import { openMeeting, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
let m: Meeting;
afterEach(async () => {
  m?.close();
  await server?.close();
});

describe('raised hands', () => {
  it('queue in order across devices, the remote one marked; the floor, a skip and a removal reach every replica', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-1', 'session-1-talk-1');
    // Ten taps at once from one phone are one hand.
    const taps = await Promise.all(Array.from({ length: 10 }, () => send(m.rem.socket, 'hand:raise', { up: true })));
    expect(taps.every((r) => r.ok)).toBe(true);
    okValue(await send(m.ana.socket, 'hand:raise', { up: true }));
    okValue(await send(m.ben.socket, 'hand:raise', { up: true }));
    const order = () => waitingHands(m.replica.state().hands).map((h) => h.name);
    await waitFor(() => order().join() === 'Rem,Ana,Ben', 'three hands in order on the replica');
    expect(m.replica.state().hands[m.rem.participantId]).toMatchObject({ attendance: 'remote' });

    // Nobody but staff runs the queue, and a screen that has not joined raises no hand.
    expect(await send(m.ana.socket, 'queue:floor', { participantId: m.ana.participantId })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    const { socket: follower } = await connectSocket(server.url, { code: m.code, client: 'follow' });
    expect(await send(follower, 'hand:raise', { up: true })).toMatchObject({ ok: false, error: 'forbidden' });
    follower.close();
    expect(await send(m.fac, 'queue:floor', { participantId: 'nobody' })).toMatchObject({
      ok: false,
      error: 'not_found',
    });

    okValue(await send(m.fac, 'queue:skip', { participantId: m.rem.participantId }));
    okValue(await send(m.fac, 'queue:floor', { participantId: m.ana.participantId }));
    await waitFor(() => floorHolder(m.replica.state().hands)?.name === 'Ana', 'Ana holds the floor');
    expect(order()).toEqual(['Ben', 'Rem']);
    okValue(await send(m.fac, 'people:kick', { participantId: m.ben.participantId }));
    await waitFor(() => order().join() === 'Rem', 'Ben’s hand left with him');
    okValue(await send(m.fac, 'queue:display', { shown: true }));
    await waitFor(() => m.replica.state().room.display.queueSteps?.includes('session-1-talk-1'), 'the queue on screen');

    // A restart keeps the queue and the floor as they were.
    m.close();
    server = await server.restart();
    const replica = await openReplica(server.url, m.code);
    await waitFor(() => floorHolder(replica.state().hands)?.name === 'Ana', 'the floor after a restart');
    expect(waitingHands(replica.state().hands).map((h) => h.name)).toEqual(['Rem']);
    replica.destroy();
  });

  it('is lowered by its owner, answered the same on a retry', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    expect(okValue(await send(m.ana.socket, 'hand:raise', { up: true }))).toEqual({ raised: true });
    expect(okValue(await send(m.ana.socket, 'hand:raise', { up: false, commandId: 'down-1' }))).toEqual({
      raised: false,
    });
    okValue(await send(m.ana.socket, 'hand:raise', { up: true }));
    // The same lowering sent again after a lost answer is answered as before and not applied again.
    expect(okValue(await send(m.ana.socket, 'hand:raise', { up: false, commandId: 'down-1' }))).toEqual({
      raised: false,
    });
    expect((await m.serverState()).hands[m.ana.participantId]).toBeDefined();
  });
});
