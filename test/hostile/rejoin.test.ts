/**
 * Re-joining resets no limit (attack 2): a socket joins once, so the flood allowance, the note
 * pace and every once-per-person fact stay with the first identity; new identities are paced
 * per address and per workshop, so a script opening socket after socket gets a bounded number.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, newToken, send, type TestSocket } from '../helpers/clients.ts';
import { openMeeting, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let m: Meeting | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  m?.close();
  m = undefined;
  await server?.close();
});

async function participantSocket(code: string, from?: string, participantToken?: string): Promise<TestSocket> {
  const auth = { code, client: 'participant' as const, ...(participantToken ? { participantToken } : {}) };
  const { socket } = await connectSocket(server.url, auth, from ? { from } : {});
  sockets.push(socket);
  return socket;
}

const joinInput = (name: string, token = newToken()) =>
  ({ name, organisation: 'Loop Coop', attendance: 'room', token }) as const;

describe('a socket joins once', () => {
  it('refuses a second join as someone else, answers a resend of the first, and refuses a device that came with its identity', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const socket = await participantSocket(code);
    const first = { ...joinInput('First'), commandId: 'join-1' };
    const joined = okValue(await send(socket, 'session:join', first));
    expect(await send(socket, 'session:join', joinInput('Second'))).toMatchObject({
      ok: false,
      error: 'already_joined',
    });
    // The same join again (a lost answer) is answered as the first time.
    expect(okValue(await send(socket, 'session:join', first))).toEqual(joined);

    // A device that connected with its token is already someone.
    const tab = await participantSocket(code, undefined, first.token);
    expect(await send(tab, 'session:join', joinInput('Third'))).toMatchObject({ ok: false, error: 'already_joined' });

    // Joins sent together before any answer: one becomes someone.
    const fresh = await participantSocket(code);
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => send(fresh, 'session:join', joinInput(`B${i}`))),
    );
    expect(burst.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(burst.filter((r) => !r.ok).map((r) => !r.ok && r.error))).toEqual(new Set(['already_joined']));
    const people = (await server.server.hub.get(code))!.state.priv.participants;
    expect(Object.keys(people)).toHaveLength(2);
  });
});

describe('a socket that re-joins in a loop', () => {
  it('keeps one identity: one upvote, one dot with stacking off, one note allowance', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-2', 'session-2-talk-2');
    okValue(await send(m.rem.socket, 'question:ask', { id: 'q1', boardId: 'questions', text: 'Who decides?' }));
    await m.enter('session-3', 's3-silent-writing');
    okValue(await send(m.fac, 'board:mode', { boardId: 'challenges', mode: 'open' }));
    const note = { id: 'n1', boardId: 'challenges', column: 'Markets and trade', text: 'Prices' };
    okValue(await send(m.ben.socket, 'note:add', note));
    okValue(await send(m.fac, 'vote:open', { boardId: 'challenges', budget: 5, allowStacking: false }));

    const attacker = await participantSocket(m.code);
    const started = performance.now();
    const outcomes = { joined: 0, upvotes: 0, dots: 0, notes: 0 };
    for (let i = 0; i < 30; i++) {
      if ((await send(attacker, 'session:join', joinInput(`Loop ${i}`))).ok) outcomes.joined++;
      const up = await send(attacker, 'question:upvote', { id: 'q1', up: true });
      if (up.ok && up.value.upvoted) outcomes.upvotes = up.value.upvotes;
      if ((await send(attacker, 'vote:cast', { boardId: 'challenges', noteId: 'n1' })).ok) outcomes.dots++;
      const notes = await Promise.all(
        Array.from({ length: 12 }, (_, k) =>
          send(attacker, 'note:add', { ...note, id: `loop-${i}-${k}`, text: `loop ${i} ${k}` }),
        ),
      );
      outcomes.notes += notes.filter((r) => r.ok).length;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`re-join loop: ${JSON.stringify(outcomes)} in ${seconds.toFixed(1)} s`);
    expect(outcomes).toEqual({ joined: 1, upvotes: 1, dots: 1, notes: 10 });
    const state = await m.serverState();
    expect(state.questions.q1?.upvotes).toBe(1);
    expect(state.votes.challenges?.dotsCast).toBe(1);
  });
});

describe('new identities', () => {
  it('are paced per address: a script opening socket after socket gets a bounded number, another address is served', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const script = '127.0.0.81';
    const results = [];
    for (let wave = 0; wave < 140; wave += 20) {
      const socketsOfWave = await Promise.all(Array.from({ length: 20 }, () => participantSocket(code, script)));
      results.push(
        ...(await Promise.all(socketsOfWave.map((s, i) => send(s, 'session:join', joinInput(`S${wave + i}`))))),
      );
      for (const s of socketsOfWave) s.close();
    }
    const refused = results.filter((r) => !r.ok);
    console.log(`identities from one address in one minute: ${results.length - refused.length} of ${results.length}`);
    expect(results.length - refused.length).toBe(120);
    expect(new Set(refused.map((r) => !r.ok && r.error))).toEqual(new Set(['rate_limited']));
    const other = await participantSocket(code, '127.0.0.82');
    expect((await send(other, 'session:join', joinInput('Other'))).ok).toBe(true);
  });

  it('are paced per workshop: many addresses together get the workshop’s share, another workshop is served', async () => {
    server = await startTestServer({
      config: {
        limits: {
          ...DEFAULT_LIMITS,
          budgets: {
            workshopIdentity: { perAddress: { points: 25, seconds: 60 }, total: { points: 10_000, seconds: 60 } },
          },
        },
      },
    });
    const { code } = await server.createWorkshop();
    const results = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const s = await participantSocket(code, `127.0.1.${i + 1}`);
        return send(s, 'session:join', joinInput(`A${i}`));
      }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(25);
    const other = await server.createWorkshop();
    const elsewhere = await participantSocket(other.code, '127.0.1.1');
    expect((await send(elsewhere, 'session:join', joinInput('Elsewhere'))).ok).toBe(true);
  });
});
