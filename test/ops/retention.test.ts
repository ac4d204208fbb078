/** RETENTION_DAYS: a finished workshop is deleted that many days after it finished; one never finished is kept. */
import { afterEach, describe, expect, it } from 'vitest';
import { pastRetention } from '../../server/workshops/retention.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, send } from '../helpers/clients.ts';
import { fakeClock } from '../helpers/fake-clock.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

const DAY = 24 * 60 * 60 * 1000;

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
});

describe('pastRetention', () => {
  it.each([
    [null, 400 * DAY, false],
    [0, 30 * DAY - 1, false],
    [0, 30 * DAY, true],
    [5 * DAY, 36 * DAY, true],
  ])('finished at %s, asked at %s: %s', (finishedAt, now, expected) => {
    expect(pastRetention(finishedAt, 30, now)).toBe(expected);
  });
});

describe('RETENTION_DAYS on a real server', () => {
  it('deletes the finished workshop after 30 days and keeps the unfinished one', async () => {
    const clock = fakeClock();
    server = await startTestServer({ clock, config: { retentionDays: 30 } });
    const finished = await server.createWorkshop();
    const unfinished = await server.createWorkshop();
    const { socket } = await connectSocket(server.url, {
      code: finished.code,
      client: 'facilitate',
      facilitatorKey: finished.facilitatorKey,
    });
    okValue(await send(socket, 'agenda:enter', { segmentId: 'closing', activityId: null }));
    okValue(await send(socket, 'agenda:finish', {}));
    socket.close();
    const hub = server.server.hub;

    const finishedAt = clock.now();
    clock.advance(29 * DAY);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await hub.get(finished.code)).not.toBeNull();

    // An hour at a time, as the sweep runs: it is deleted once 30 days have passed, not before.
    let deletedAt = 0;
    await waitFor(async () => {
      clock.advance(60 * 60 * 1000);
      if ((await hub.get(finished.code)) === null) deletedAt = clock.now();
      return deletedAt > 0;
    }, 'the finished workshop to be deleted');
    expect(deletedAt - finishedAt).toBeGreaterThanOrEqual(30 * DAY);
    expect(await hub.get(unfinished.code)).not.toBeNull();
    expect((await fetch(`${server.url}/api/workshops/${finished.code}`)).status).toBe(404);
  });
});
