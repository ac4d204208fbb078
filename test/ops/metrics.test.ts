/**
 * /metrics during a short Session 3 on a real server: silent writing, the reveal, a dot vote.
 * Scraped before and after, the counters move; without the token it answers nothing, and with
 * METRICS off there is no such route.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { noteInput, okValue, openBoardRoom } from '../helpers/board-room.ts';
import { send } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const TOKEN = 'scrape-token-0123456789';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** The value of one sample (`name{labels} value`), 0 when it is not there yet. */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(labels ? `${name}{${labels}}` : `${name} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

async function scrape(url: string, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('/metrics', () => {
  it('moves during a short Session 3', async () => {
    server = await startTestServer({ config: { metrics: { token: TOKEN } } });
    const room = await openBoardRoom(server, 'private');
    const before = await (await scrape(server.url)).text();

    for (const [i, who] of [room.ana, room.ben, room.ana, room.ben].entries())
      okValue(await send(who.socket, 'note:add', noteInput(`n${i}`, `challenge ${i}`)));
    okValue(await send(room.fac, 'board:reveal', { boardId: 'challenges' }));
    okValue(await send(room.fac, 'vote:open', { boardId: 'challenges', budget: 3, allowStacking: false }));
    okValue(await send(room.ana.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n1' }));
    expect(await send(room.ana.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n1' })).toMatchObject({
      ok: false,
      error: 'vote_stacking_not_allowed',
    });
    okValue(await send(room.fac, 'vote:close', { boardId: 'challenges' }));

    const res = await scrape(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const after = await res.text();
    room.close();

    const noteOk = 'type="note:add",result="ok"';
    expect(sample(after, 'plenary_commands_total', noteOk) - sample(before, 'plenary_commands_total', noteOk)).toBe(4);
    expect(sample(after, 'plenary_commands_total', 'type="vote:cast",result="vote_stacking_not_allowed"')).toBe(1);
    expect(sample(after, 'plenary_ack_latency_seconds_count', 'type="note:add"')).toBe(4);
    expect(sample(after, 'plenary_commit_latency_seconds_count')).toBeGreaterThan(
      sample(before, 'plenary_commit_latency_seconds_count'),
    );
    expect(sample(after, 'plenary_bytes_sent_total')).toBeGreaterThan(sample(before, 'plenary_bytes_sent_total'));
    expect(sample(after, 'plenary_connections', 'kind="participant"')).toBe(2);
    expect(sample(after, 'plenary_connections', 'kind="facilitate"')).toBe(1);
    expect(sample(after, 'plenary_connections', 'kind="yjs"')).toBe(1);
    expect(sample(after, 'plenary_workshops_loaded')).toBe(1);
    expect(after).toContain('nodejs_eventloop_lag_seconds');
    expect(after).toContain('plenary_store_errors_total');
  });

  it('answers nobody without the token, and does not exist unless METRICS is on', async () => {
    server = await startTestServer({ config: { metrics: { token: TOKEN } } });
    expect((await scrape(server.url, null)).status).toBe(401);
    expect((await scrape(server.url, `${TOKEN}x`)).status).toBe(403);
    await server.close();
    server = await startTestServer();
    expect((await scrape(server.url)).status).toBe(404);
  });

  it('without a token, answers only this machine', async () => {
    server = await startTestServer({ config: { metrics: { token: null } } });
    expect((await scrape(server.url, null)).status).toBe(200);
  });
});
