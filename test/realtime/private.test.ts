/**
 * Private writing on the wire: a note written while the board is private must not appear in
 * any byte another person receives, over Socket.IO or y-websocket, until the reveal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Note } from '../../shared/model.ts';
import { readPublicState } from '../../shared/doc.ts';
import type { SocketAuth } from '../../shared/schemas/session.ts';
import { noteInput, okValue, openBoardRoom, type BoardRoom } from '../helpers/board-room.ts';
import { send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

const SECRET = 'Pineapple-cartel-Lomé-7f3a';
const EDITED = 'Tariff-quota-Kigali-91c2';

let server: TestServer;
let room: BoardRoom;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  room?.close();
  await server?.close();
});

/** Every frame a client receives, as bytes. */
class Recording {
  frames: Buffer[] = [];
  add(data: unknown): void {
    this.frames.push(typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array));
  }
  contains(text: string): boolean {
    return Buffer.concat(this.frames).includes(Buffer.from(text));
  }
}

/** A Socket.IO client whose every engine packet is recorded from the first one on. */
async function recordedSocket(url: string, auth: SocketAuth, rec: Recording): Promise<TestSocket> {
  const socket: TestSocket = io(url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    autoConnect: false,
  });
  socket.io.on('open', () =>
    socket.io.engine.on('packet', (p: { data?: unknown }) => p.data !== undefined && rec.add(p.data)),
  );
  const ready = nextEvent(socket, 'session:ready');
  socket.connect();
  await ready;
  cleanups.push(() => socket.close());
  return socket;
}

/** A y-websocket replica whose WebSocket records every message it receives. */
function recordedReplica(url: string, code: string, rec: Recording): Y.Doc {
  class RecordingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer) => rec.add(data));
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/yjs`, code, doc, {
    WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  provider.awareness.setLocalState(null);
  cleanups.push(() => {
    provider.destroy();
    doc.destroy();
  });
  return doc;
}

describe('private writing on the wire', () => {
  it("keeps Ana's held note out of Ben's and the facilitator's frames until reveal, then shows it to all", async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'private');
    const ben = new Recording();
    const fac = new Recording();
    const ana = new Recording();
    const benSocket = await recordedSocket(
      server.url,
      { code: room.code, client: 'participant', participantToken: room.ben.token },
      ben,
    );
    const facSocket = await recordedSocket(
      server.url,
      { code: room.code, client: 'facilitate', facilitatorKey: room.facilitatorKey },
      fac,
    );
    const anaSocket = await recordedSocket(
      server.url,
      { code: room.code, client: 'participant', participantToken: room.ana.token },
      ana,
    );
    const benDoc = recordedReplica(server.url, room.code, ben);
    const facDoc = recordedReplica(server.url, room.code, fac);

    let heldBy: Record<string, Record<string, number>> = {};
    facSocket.on('notes:heldBy', (counts) => (heldBy = counts));
    const mine = nextEvent<Note[]>(anaSocket, 'notes:mine');
    expect(okValue(await send(anaSocket, 'note:add', noteInput('secret-1', SECRET)))).toEqual({
      id: 'secret-1',
      held: true,
    });
    expect((await mine).map((n) => n.text)).toEqual([SECRET]);
    okValue(await send(anaSocket, 'note:add', noteInput('secret-2', EDITED.toLowerCase())));
    okValue(await send(anaSocket, 'note:edit', { noteId: 'secret-2', text: EDITED }));
    okValue(await send(benSocket, 'note:add', noteInput('ben-1', 'Ben writes too')));
    // Wait until both replicas hold every update the writes caused: three held notes counted.
    for (const doc of [benDoc, facDoc])
      await waitFor(() => readPublicState(doc).boards.challenges?.hiddenCount === 3, 'the hidden count on a replica');
    await waitFor(() => ana.contains(EDITED), "Ana's own socket to receive her edited held note");

    // The facilitator knows who is writing, and how much, but never what.
    await waitFor(
      () => heldBy.challenges?.[room.ben.participantId] === 1,
      'the held counts per author for the facilitator',
    );
    expect(heldBy).toEqual({ challenges: { [room.ana.participantId]: 2, [room.ben.participantId]: 1 } });
    for (const [who, rec] of [
      ['Ben', ben],
      ['facilitator', fac],
    ] as const) {
      expect(rec.contains(SECRET), `${who} received the secret`).toBe(false);
      expect(rec.contains(EDITED), `${who} received the edited secret`).toBe(false);
      expect(rec.contains(EDITED.toLowerCase()), `${who} received the first text`).toBe(false);
    }
    expect(readPublicState(benDoc).notes).toEqual({});
    expect(
      await send(benSocket, 'focus:set', { focus: { kind: 'note', boardId: 'challenges', noteId: 'secret-1' } }),
    ).toEqual({ ok: false, error: 'forbidden' });
    expect(
      await send(facSocket, 'focus:set', { focus: { kind: 'note', boardId: 'challenges', noteId: 'secret-1' } }),
    ).toEqual({ ok: false, error: 'not_found' });

    expect(okValue(await send(facSocket, 'board:reveal', { boardId: 'challenges' }))).toEqual({ revealed: 3 });
    await waitFor(() => Object.keys(readPublicState(benDoc).notes).length === 3, "the revealed notes on Ben's replica");
    expect(ben.contains(SECRET)).toBe(true);
    expect(ben.contains(EDITED)).toBe(true);
    expect(fac.contains(SECRET)).toBe(true);
    expect(readPublicState(benDoc).boards.challenges).toMatchObject({ hiddenCount: 0, mode: 'open' });
    await waitFor(() => Object.keys(heldBy).length === 0, 'the held counts to empty after reveal');
  });
});

async function readBack(s: TestServer, code: string) {
  const w = await s.server.hub.get(code);
  return readPublicState(w!.doc);
}

describe('held notes across a restart', () => {
  it('are still held, still only the author’s, and revealed after the server comes back', async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'private');
    okValue(await send(room.ana.socket, 'note:add', noteInput('kept', SECRET)));
    room.close();
    server = await server.restart();

    const mine = new Recording();
    const ana = await recordedSocket(
      server.url,
      { code: room.code, client: 'participant', participantToken: room.ana.token },
      mine,
    );
    await waitFor(() => mine.contains(SECRET), 'Ana to get her held note back on connect');
    const ben = new Recording();
    await recordedSocket(server.url, { code: room.code, client: 'participant', participantToken: room.ben.token }, ben);
    const doc = recordedReplica(server.url, room.code, ben);
    await waitFor(() => readPublicState(doc).boards.challenges?.hiddenCount === 1, 'the count after restart');
    expect(ben.contains(SECRET)).toBe(false);

    const fac = await recordedSocket(
      server.url,
      { code: room.code, client: 'facilitate', facilitatorKey: room.facilitatorKey },
      new Recording(),
    );
    expect(okValue(await send(fac, 'board:reveal', { boardId: 'challenges' }))).toEqual({ revealed: 1 });
    await waitFor(() => readPublicState(doc).notes.kept?.text === SECRET, 'the revealed note on the replica');
    // A late resend of the first command is answered from the durable command log, not applied again.
    expect(await send(ana, 'note:add', noteInput('kept', 'again'))).toEqual({
      ok: true,
      value: { id: 'kept', held: true },
    });
    expect((await readBack(server, room.code)).notes.kept?.text).toBe(SECRET);
  });
});

describe('staff writing on a private board', () => {
  it('holds a co-facilitator’s and the key holder’s notes like everyone’s, with their author, until reveal', async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'private');
    okValue(await send(room.fac, 'people:promote', { participantId: room.ana.participantId }));
    const ben = new Recording();
    await recordedSocket(server.url, { code: room.code, client: 'participant', participantToken: room.ben.token }, ben);
    const doc = recordedReplica(server.url, room.code, ben);
    await waitFor(() => readPublicState(doc).boards.challenges?.mode === 'private', 'the replica to sync');
    const keyHolder = new Recording();
    const keyHolderSocket = await recordedSocket(
      server.url,
      { code: room.code, client: 'facilitate', facilitatorKey: room.facilitatorKey },
      keyHolder,
    );

    expect(okValue(await send(room.ana.socket, 'note:add', noteInput('by-cofac', SECRET)))).toEqual({
      id: 'by-cofac',
      held: true,
    });
    expect(okValue(await send(keyHolderSocket, 'note:add', noteInput('by-key', EDITED)))).toEqual({
      id: 'by-key',
      held: true,
    });
    await waitFor(() => readPublicState(doc).boards.challenges?.hiddenCount === 2, 'both counted, neither shown');
    expect(await room.serverState().then((s) => Object.keys(s.notes))).toEqual([]);
    expect(ben.contains(SECRET) || ben.contains(EDITED)).toBe(false);
    // Each author gets their own held note back, and only their own.
    await waitFor(() => keyHolder.contains(EDITED), 'the key holder to get their held note');
    expect(keyHolder.contains(SECRET)).toBe(false);
    // A held note is its author's alone to change: the key holder cannot edit the co-facilitator's.
    expect(await send(keyHolderSocket, 'note:edit', { noteId: 'by-cofac', text: 'x' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    okValue(await send(room.ana.socket, 'note:edit', { noteId: 'by-cofac', text: `${SECRET} (edited)` }));

    okValue(await send(room.fac, 'board:reveal', { boardId: 'challenges' }));
    await waitFor(() => readPublicState(doc).notes['by-key'], 'the reveal on the replica');
    const notes = readPublicState(doc).notes;
    expect(notes['by-cofac']).toMatchObject({
      authorId: room.ana.participantId,
      authorName: 'Ana',
      organisation: 'Ana Coop',
      text: `${SECRET} (edited)`,
    });
    expect(notes['by-key']).toMatchObject({ authorId: 'facilitator', text: EDITED });
  });
});
