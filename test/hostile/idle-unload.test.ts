/**
 * Idle workshops leave memory (attack 3: every workshop ever created stayed loaded). A workshop
 * nobody is connected to and nobody asked for is unloaded after IDLE_UNLOAD_MINUTES; one with a
 * socket or a replica stays; an unloaded one comes back on demand as it was, and a countdown in
 * one still ends on time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { noteInput, okValue, openBoardRoom } from '../helpers/board-room.ts';
import { connectSocket, openReplica, send, type NodeReplica, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await server?.close();
});

const many = { points: 1000, seconds: 3600 };

describe('idle workshops', () => {
  it('leave memory when nobody is there, stay while someone is, and come back on demand as they were (a countdown ends on time)', async () => {
    server = await startTestServer({
      config: {
        idleUnloadMs: 1500,
        limits: { ...DEFAULT_LIMITS, budgets: { create: { perAddress: many, total: many } } },
      },
    });
    const hub = server.server.hub;
    const room = await openBoardRoom(server);
    okValue(await send(room.ana.socket, 'note:add', noteInput('kept', 'Before the break')));
    room.close();

    const created = [];
    for (let i = 0; i < 60; i++) created.push(await server.createWorkshop('blank'));
    const [withReplica, withSocket, withTimer] = created;
    const replica: NodeReplica = await openReplica(server.url, withReplica!.code);
    const { socket }: { socket: TestSocket } = await connectSocket(server.url, {
      code: withSocket!.code,
      client: 'follow',
    });
    cleanups.push(
      () => replica.destroy(),
      () => socket.close(),
    );
    const fac = await connectSocket(server.url, {
      code: withTimer!.code,
      client: 'facilitate',
      facilitatorKey: withTimer!.facilitatorKey,
    });
    const timer = okValue(await send(fac.socket, 'timer:start', { durationMs: 4000 }));
    fac.socket.close();
    // Each was loaded on creation; on a slow machine the first may already have left.
    const loadedBefore = hub.loadedCount();

    await waitFor(() => hub.loadedCount() === 2, 'only the two workshops in use left in memory', 15_000);
    console.log(`workshops in memory: ${loadedBefore} -> ${hub.loadedCount()}`);

    // A countdown still ends on time in a workshop that left memory: its end loads it.
    await new Promise((r) => setTimeout(r, Math.max(0, timer.endsAt! + 1500 - Date.now())));
    const ended = (await hub.get(withTimer!.code))!.state.pub.room.timer;
    expect(ended.endedAt).not.toBeNull();
    expect(ended.endedAt! - timer.endsAt!).toBeLessThan(1000);

    // The first one comes back on demand with everything it held: the note, Ana, her rights.
    const ana = await connectSocket(server.url, {
      code: room.code,
      client: 'participant',
      participantToken: room.ana.token,
    });
    cleanups.push(() => ana.socket.close());
    expect(ana.session.participantId).toBe(room.ana.participantId);
    okValue(await send(ana.socket, 'note:add', noteInput('after', 'After the break')));
    const back = await openReplica(server.url, room.code);
    cleanups.push(() => back.destroy());
    await waitFor(() => back.state().notes.after !== undefined, 'the new note on a fresh replica');
    expect(back.state().notes.kept?.text).toBe('Before the break');
    expect(hub.loadedCount()).toBeLessThanOrEqual(4);
  });
});
