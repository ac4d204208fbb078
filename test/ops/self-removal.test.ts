/**
 * A participant removes themselves (session:leave): their name and organisation leave every
 * record, their notes stay without a name or go, as they chose; their sockets close and their
 * token opens nothing any more; once compacted, their name is in no file of DATA_DIR.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { noteInput, okValue, openBoardRoom, type BoardRoom } from '../helpers/board-room.ts';
import { connectSocket, joinAs, send } from '../helpers/clients.ts';
import { onDisk } from '../helpers/disk-bytes.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent } from '../helpers/wait.ts';

let server: TestServer | null = null;
let room: BoardRoom | null = null;
afterEach(async () => {
  room?.close();
  await server?.close();
});

describe('session:leave', () => {
  it('keeps the notes without a name, or deletes them, closes the sockets and forgets the name on disk', async () => {
    server = await startTestServer({ store: 'sqlite' });
    room = await openBoardRoom(server, 'open');
    const zarina = await joinAs(server.url, room.code, 'Zarina-Q9v');
    const yusuf = await joinAs(server.url, room.code, 'Yusuf-K4m');
    okValue(await send(zarina.socket, 'note:add', noteInput('n-z', 'A note that stays')));
    okValue(await send(yusuf.socket, 'note:add', noteInput('n-y', 'A note that goes-W7')));

    const closed = nextEvent<string>(zarina.socket, 'disconnect');
    okValue(await send(zarina.socket, 'session:leave', { notes: 'keep' }));
    expect(await closed).toBe('io server disconnect');
    okValue(await send(yusuf.socket, 'session:leave', { notes: 'delete' }));

    const w = (await server.server.hub.get(room.code))!;
    expect(w.state.pub.notes['n-z']).toMatchObject({ text: 'A note that stays', authorName: '', organisation: '' });
    expect(w.state.pub.notes['n-y']).toBeUndefined();
    expect(w.state.priv.participants[zarina.participantId]).toMatchObject({ name: '', organisation: '', left: true });
    // Their token is nobody's any more: it opens a guest's socket, which may not write.
    const back = await connectSocket(server.url, {
      code: room.code,
      client: 'participant',
      participantToken: zarina.token,
    });
    expect(back.session).toMatchObject({ role: 'guest', participantId: null });
    expect(await send(back.socket, 'note:add', noteInput('n-z2'))).toMatchObject({ ok: false });
    back.socket.close();
    // The facilitator has nobody to remove by this command.
    expect(await send(room.fac, 'session:leave', { notes: 'keep' })).toMatchObject({ ok: false, error: 'forbidden' });

    const code = room.code;
    room.close();
    room = null;
    server = await server.restart();
    for (const text of ['Zarina-Q9v', 'Yusuf-K4m', 'A note that goes-W7'])
      expect(onDisk(server.dataDir, text)).toBe(false);
    expect(onDisk(server.dataDir, 'A note that stays')).toBe(true);
    expect((await server.publicState(code)).notes['n-z']?.authorName).toBe('');
  });
});
