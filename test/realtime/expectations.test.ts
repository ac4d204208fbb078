/** The closing review through the real server: live tallies without names, verdicts for the facilitator only. */
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { okValue } from '../helpers/board-room.ts';
import { send } from '../helpers/clients.ts';
import { openMeeting, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

let server: TestServer;
let m: Meeting;
afterEach(async () => {
  m?.close();
  await server?.close();
});

/** Expectations written in the opening, then the room in the closing review. */
async function atReview(): Promise<void> {
  server = await startTestServer();
  m = await openMeeting(server);
  await m.enter('opening', 'opening-expectations');
  okValue(
    await send(m.ana.socket, 'note:add', {
      id: 'e1',
      boardId: 'expectations',
      column: 'Expectations',
      text: 'Leave with a partner',
    }),
  );
  await m.enter('closing', 'closing-review');
}

describe('the closing review', () => {
  it('refuses ratings until the facilitator opens it, then tallies live without saying who rated what', async () => {
    await atReview();
    expect(await send(m.ben.socket, 'expectation:rate', { noteId: 'e1', rating: 'met' })).toEqual({
      ok: false,
      error: 'review_not_open',
    });
    okValue(await send(m.fac, 'review:set', { boardId: 'expectations', status: 'open', currentNoteId: 'e1' }));
    await waitFor(
      () => m.replica.state().expectationReviews.expectations?.currentNoteId === 'e1',
      'the projector to show e1',
    );
    const ratings = await Promise.all([
      send(m.ana.socket, 'expectation:rate', { noteId: 'e1', rating: 'partly' }),
      send(m.ben.socket, 'expectation:rate', { noteId: 'e1', rating: 'met' }),
      send(m.rem.socket, 'expectation:rate', { noteId: 'e1', rating: 'met' }),
    ]);
    expect(ratings.map((r) => okValue(r).rating)).toEqual(['partly', 'met', 'met']);
    okValue(await send(m.ana.socket, 'expectation:rate', { noteId: 'e1', rating: 'not_met' }));
    await waitFor(
      () => m.replica.state().expectationResults.e1?.notMet === 1,
      'the changed rating to reach the replica',
    );
    expect(m.replica.state().expectationResults.e1).toMatchObject({ met: 2, partly: 0, notMet: 1 });
    const doc = JSON.stringify(m.replica.state());
    for (const p of [m.ben, m.rem]) expect(doc).not.toContain(p.participantId);
  });

  it('a participant cannot record verdicts or steer the review; the facilitator records a carry-forward action', async () => {
    await atReview();
    const before = await m.serverState();
    const verdict = {
      noteId: 'e1',
      verdict: 'not_met' as const,
      action: { text: 'Follow up by mail', organisation: 'Ana Coop', due: '2018-07-01' },
    };
    expect(await send(m.ana.socket, 'expectation:verdict', verdict)).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(m.ana.socket, 'review:set', { boardId: 'expectations', status: 'open' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await send(m.fac, 'expectation:rate', { noteId: 'e1', rating: 'met' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await m.serverState()).toEqual(before);
    okValue(await send(m.fac, 'expectation:verdict', verdict));
    await waitFor(
      () => m.replica.state().expectationResults.e1?.verdict === 'not_met',
      'the verdict to reach the replica',
    );
    expect(m.replica.state().expectationResults.e1?.action).toEqual(verdict.action);
    expect(await send(m.fac, 'expectation:verdict', { ...verdict, verdict: 'met' })).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
  });
});

describe('after a restart', () => {
  it('keeps the tallies, the verdict, and each person’s own rating, so a second rating still replaces the first', async () => {
    await atReview();
    okValue(await send(m.fac, 'review:set', { boardId: 'expectations', status: 'open', currentNoteId: 'e1' }));
    okValue(await send(m.ana.socket, 'expectation:rate', { noteId: 'e1', rating: 'met' }));
    okValue(await send(m.fac, 'expectation:verdict', { noteId: 'e1', verdict: 'met', action: null }));
    const { code } = m;
    const token = m.ana.token;
    m.close();
    server = await server.restart();

    const socket = io(server.url, {
      auth: { code, client: 'participant', participantToken: token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    try {
      expect(await nextEvent(socket, 'ratings:mine')).toEqual({ e1: 'met' });
      const again = { noteId: 'e1', rating: 'not_met', commandId: 'rate-again' } as const;
      expect(await socket.timeout(5000).emitWithAck('expectation:rate', again)).toEqual({
        ok: true,
        value: { rating: 'not_met' },
      });
      const w = await server.server.hub.get(code);
      expect(w?.state.pub.expectationResults.e1).toMatchObject({ met: 0, partly: 0, notMet: 1, verdict: 'met' });
    } finally {
      socket.close();
    }
  });
});
