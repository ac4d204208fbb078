/** Questions through the real server: tied to the live talk, upvoted once per person, moderated by the facilitator. */
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, send } from '../helpers/clients.ts';
import { fetchReport, openMeeting, type Meeting } from '../helpers/meeting.ts';
import type { ReportModel } from '../../server/domain/report-model.ts';
import { openQuestions, talksShown } from '../../shared/question-order.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

let server: TestServer;
let m: Meeting;
afterEach(async () => {
  m?.close();
  await server?.close();
});

describe('questions during a talk', () => {
  it('are tied to the talk, counted once per person, and marked answered or parked by the facilitator', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-2', 'session-2-talk-2');
    expect(
      okValue(
        await send(m.rem.socket, 'question:ask', {
          id: 'q1',
          boardId: 'questions',
          text: 'How do JCCU members choose suppliers?',
        }),
      ),
    ).toEqual({ id: 'q1', talkId: 'session-2-talk-2' });
    // Twenty clicks from two people at once are two upvotes.
    const clicks = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send((i % 2 ? m.ana : m.ben).socket, 'question:upvote', { id: 'q1', up: true }),
      ),
    );
    expect(clicks.every((r) => r.ok)).toBe(true);
    await waitFor(() => m.replica.state().questions.q1?.upvotes === 2, 'two upvotes on the replica');
    expect(okValue(await send(m.ana.socket, 'question:upvote', { id: 'q1', up: false }))).toEqual({
      upvoted: false,
      upvotes: 1,
    });

    expect(await send(m.ana.socket, 'question:moderate', { id: 'q1', status: 'answered' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    okValue(await send(m.fac, 'question:moderate', { id: 'q1', status: 'parked' }));
    await waitFor(() => m.replica.state().questions.q1?.status === 'parked', 'the parked status on the replica');
    expect(await send(m.ben.socket, 'question:upvote', { id: 'q1', up: false })).toMatchObject({
      ok: false,
      error: 'conflict',
    });
  });

  it('are refused outside a talk and from the facilitator or a follower', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('coffee-morning');
    expect(await send(m.ana.socket, 'question:ask', { id: 'q1', boardId: 'questions', text: 'Anyone?' })).toEqual({
      ok: false,
      error: 'board_closed',
    });
    expect(await send(m.fac, 'question:ask', { id: 'q2', boardId: 'questions', text: 'Anyone?' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const { socket: follower } = await connectSocket(server.url, { code: m.code, client: 'follow' });
    expect(await send(follower, 'question:ask', { id: 'q4', boardId: 'questions', text: 'Anyone?' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    follower.close();
    expect(
      await send(m.ana.socket, 'question:ask', { id: 'q3', boardId: 'questions', text: 'x'.repeat(281) }),
    ).toMatchObject({ ok: false, error: 'bad_request' });
    expect((await m.serverState()).questions).toEqual({});
  });
});

describe('a session’s questions and answers', () => {
  it('gathers the questions of every talk of the session, most upvoted first; answered and parked reach the report', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    const ask = async (who: typeof m.ana, id: string, text: string) =>
      okValue(await send(who.socket, 'question:ask', { id, boardId: 'questions', text }));
    await m.enter('session-1', 'session-1-talk-1');
    await ask(m.ana, 'q-a', 'How are prices agreed with producers?');
    await m.enter('session-1', 'session-1-talk-3');
    await ask(m.ben, 'q-b', 'Who paid for the organic certification?');
    await m.enter('session-2', 'session-2-talk-1');
    await ask(m.rem, 'q-other', 'A question to Session 2');
    await m.enter('session-1', 'session-1-qa');
    await ask(m.rem, 'q-c', 'Could the model work for coffee?');
    okValue(await send(m.ana.socket, 'question:upvote', { id: 'q-b', up: true }));
    okValue(await send(m.rem.socket, 'question:upvote', { id: 'q-b', up: true }));
    okValue(await send(m.ben.socket, 'question:upvote', { id: 'q-c', up: true }));

    const state = await m.serverState();
    const shown = openQuestions(Object.values(state.questions), talksShown(state.room.agenda, state.room.live));
    expect(shown.map((q) => [q.id, q.upvotes])).toEqual([
      ['q-b', 2],
      ['q-c', 1],
      ['q-a', 0],
    ]);
    okValue(await send(m.fac, 'question:moderate', { id: 'q-b', status: 'answered' }));
    okValue(await send(m.fac, 'question:moderate', { id: 'q-a', status: 'parked' }));
    const report = (await (await fetchReport(server, m.code, 'json', m.facilitatorKey)).json()) as ReportModel;
    const statuses = Object.fromEntries(report.questions.flatMap((t) => t.questions.map((q) => [q.id, q.status])));
    expect(statuses).toEqual({ 'q-a': 'parked', 'q-b': 'answered', 'q-c': 'open', 'q-other': 'open' });
  });

  it('refuses an upvote on one’s own question, and the count stays as it was', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-2', 'session-2-talk-1');
    okValue(await send(m.ana.socket, 'question:ask', { id: 'q1', boardId: 'questions', text: 'Which markets first?' }));
    expect(await send(m.ana.socket, 'question:upvote', { id: 'q1', up: true })).toMatchObject({
      ok: false,
      error: 'own_question',
    });
    okValue(await send(m.ben.socket, 'question:upvote', { id: 'q1', up: true }));
    await waitFor(() => m.replica.state().questions.q1?.upvotes === 1, 'one upvote, not two, on a replica');
    expect((await m.serverState()).questions.q1?.upvotes).toBe(1);
  });
});

describe('a participant’s own upvotes and ratings', () => {
  it('come back to a reconnecting device, and to nobody else', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('opening', 'opening-expectations');
    okValue(
      await send(m.ben.socket, 'note:add', {
        id: 'e1',
        boardId: 'expectations',
        column: 'Expectations',
        text: 'Meet buyers',
      }),
    );
    await m.enter('session-1', 'session-1-talk-1');
    okValue(await send(m.ben.socket, 'question:ask', { id: 'q1', boardId: 'questions', text: 'Prices?' }));
    okValue(await send(m.ana.socket, 'question:upvote', { id: 'q1', up: true }));
    await m.enter('closing', 'closing-review');
    okValue(await send(m.fac, 'review:set', { boardId: 'expectations', status: 'open' }));
    okValue(await send(m.ana.socket, 'expectation:rate', { noteId: 'e1', rating: 'partly' }));

    const mine = async (token: string) => {
      const socket = io(server.url, {
        auth: { code: m.code, client: 'participant', participantToken: token },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      const facts = await Promise.all([
        nextEvent<string[]>(socket, 'upvotes:mine'),
        nextEvent<Record<string, string>>(socket, 'ratings:mine'),
      ]);
      socket.close();
      return facts;
    };
    expect(await mine(m.ana.token)).toEqual([['q1'], { e1: 'partly' }]);
    expect(await mine(m.ben.token)).toEqual([[], {}]);
  });
});
