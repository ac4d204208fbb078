/** "I'm done" and progress through the real server: counted once per person, the ticker told their own on reconnect, voters counted. */
import { afterEach, describe, expect, it } from 'vitest';
import { progressLines } from '../../shared/progress.ts';
import { okValue } from '../helpers/board-room.ts';
import { io } from 'socket.io-client';
import { connectSocket, send, type TestSocket } from '../helpers/clients.ts';
import { openMeeting, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

let server: TestServer;
let m: Meeting;
afterEach(async () => {
  m?.close();
  await server?.close();
});

describe('I’m done and progress', () => {
  it('counts each person once in silent writing, names nobody in the document, and tells the ticker on reconnect', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-3', 's3-framing');
    // Framing has nothing to finish: a tick is refused and nothing changes.
    expect(await send(m.ana.socket, 'step:done', { done: true })).toMatchObject({ ok: false, error: 'conflict' });
    await m.enter('session-3', 's3-silent-writing');
    const taps = await Promise.all(
      [m.ana, m.ana, m.ana, m.ben, m.rem].map((p) => send(p.socket, 'step:done', { done: true })),
    );
    expect(taps.every((r) => r.ok)).toBe(true);
    await waitFor(() => m.replica.state().progress['s3-silent-writing']?.done === 3, 'three done on the replica');
    const doc = JSON.stringify(m.replica.state().progress);
    for (const p of [m.ana, m.ben, m.rem]) expect(doc).not.toContain(p.participantId);
    expect(progressLines(m.replica.state(), 3)[0]).toEqual({ kind: 'done', count: 3, of: 3 });

    const { socket: follower } = await connectSocket(server.url, { code: m.code, client: 'follow' });
    expect(await send(follower, 'step:done', { done: true })).toMatchObject({ ok: false, error: 'forbidden' });
    follower.close();

    // Ana's device comes back: the server tells her, and only her, where she ticked.
    const again: TestSocket = io(server.url, {
      auth: { code: m.code, client: 'participant', participantToken: m.ana.token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    expect(await nextEvent<string[]>(again, 'done:mine')).toEqual(['s3-silent-writing']);
    expect(okValue(await send(again, 'step:done', { done: false }))).toEqual({ done: false });
    await waitFor(() => m.replica.state().progress['s3-silent-writing']?.done === 2, 'Ana’s tick taken back');
    again.close();
  });

  it('counts voters, not dots, during the dot vote', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-3', 's3-silent-writing');
    for (const [i, p] of [m.ana, m.ben].entries())
      okValue(
        await send(p.socket, 'note:add', {
          id: `n${i}`,
          boardId: 'challenges',
          column: 'Markets and trade',
          text: `note ${i}`,
        }),
      );
    okValue(await send(m.fac, 'board:reveal', { boardId: 'challenges' }));
    await m.enter('session-3', 's3-dot-vote');
    for (const id of ['n0', 'n1'])
      okValue(await send(m.ana.socket, 'vote:cast', { boardId: 'challenges', noteId: id }));
    okValue(await send(m.ben.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n0' }));
    await waitFor(() => m.replica.state().votes.challenges?.voters === 2, 'two voters on the replica');
    expect(m.replica.state().votes.challenges?.dotsCast).toBe(3);
    expect(progressLines(m.replica.state(), 3)).toContainEqual({
      kind: 'voted',
      boardId: 'challenges',
      count: 2,
      of: 3,
    });
  });
});
