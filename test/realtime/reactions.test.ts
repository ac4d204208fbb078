/** Reactions through the real server: counted on the spotlighted note and the step, a flood refused, counts in the report. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../server/domain/report-model.ts';
import { REACTION_LIMITS } from '../../shared/reactions.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, send } from '../helpers/clients.ts';
import { fetchReport, openMeeting, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
let m: Meeting;
afterEach(async () => {
  m?.close();
  await server?.close();
});

describe('reactions', () => {
  it('count on a note and the step, refuse a flood and followers, and stay in every report format', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-3', 's3-silent-writing');
    const text = 'Buyers rarely know which cooperatives can supply them';
    okValue(
      await send(m.ben.socket, 'note:add', { id: 'n1', boardId: 'challenges', column: 'Markets and trade', text }),
    );
    const onNote = { kind: 'note', noteId: 'n1' } as const;
    // Held on the private board: nothing to react to until it is revealed.
    expect(await send(m.ana.socket, 'reaction:add', { target: onNote, reaction: 'agree' })).toMatchObject({
      ok: false,
      error: 'not_found',
    });
    okValue(await send(m.fac, 'board:reveal', { boardId: 'challenges' }));
    okValue(await send(m.fac, 'focus:set', { focus: { kind: 'note', boardId: 'challenges', noteId: 'n1' } }));
    okValue(await send(m.ana.socket, 'reaction:add', { target: onNote, reaction: 'agree' }));
    okValue(await send(m.rem.socket, 'reaction:add', { target: onNote, reaction: 'agree' }));
    okValue(await send(m.rem.socket, 'reaction:add', { target: { kind: 'step' }, reaction: 'applause' }));
    await waitFor(() => m.replica.state().reactions['note:n1']?.counts.agree === 2, 'two agrees on the replica');
    await waitFor(
      () => m.replica.state().reactions['step:s3-silent-writing']?.counts.applause === 1,
      'applause for the step on the replica',
    );

    const burst = await Promise.all(
      Array.from({ length: REACTION_LIMITS.perWindow + 5 }, () =>
        send(m.ben.socket, 'reaction:add', { target: onNote, reaction: 'plus' }),
      ),
    );
    expect(burst.filter((r) => r.ok)).toHaveLength(REACTION_LIMITS.perWindow);
    expect(burst.filter((r) => !r.ok).every((r) => !r.ok && r.error === 'rate_limited')).toBe(true);
    const { socket: follower } = await connectSocket(server.url, { code: m.code, client: 'follow' });
    expect(await send(follower, 'reaction:add', { target: onNote, reaction: 'agree' })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    follower.close();

    const json = (await (await fetchReport(server, m.code, 'json', m.facilitatorKey)).json()) as ReportModel;
    const note = json.boards.flatMap((b) => b.groups.flatMap((g) => g.notes)).find((n) => n.id === 'n1');
    expect(note?.reactions).toEqual({
      agree: 2,
      disagree: 0,
      plus: REACTION_LIMITS.perWindow,
      question: 0,
      applause: 0,
    });
    for (const format of ['md', 'csv', 'html'])
      expect(await (await fetchReport(server, m.code, format, m.facilitatorKey)).text(), format).toContain(
        `Agree 2, +1 ${REACTION_LIMITS.perWindow}`,
      );
  });
});
