/**
 * The low-data view on the wire, against the real server: a follower's replica with `view=low`
 * holds counts and the notes the room is looking at, and receives no other note text; nothing
 * secret reaches either view; a replica of an earlier process's low-data document is told to
 * start over; and a follower whose link drops resumes by state vector, in both views.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { countingWebSocket, type ByteCounter } from '../../bench/worker/counting-ws.ts';
import { LOW_DATA_REPLACED, type NoteCounts } from '../../shared/low-data.ts';
import type { Note } from '../../shared/model.ts';
import { noteInput, okValue, openBoardRoom, type BoardRoom } from '../helpers/board-room.ts';
import { send } from '../helpers/clients.ts';
import { closeRoom, joinRoom, writeNotes } from '../helpers/real-room.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
let room: BoardRoom;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  room?.close();
  await server?.close();
});

interface Follower {
  doc: Y.Doc;
  provider: WebsocketProvider;
  counter: ByteCounter;
  /** Every frame received, to look for text in. */
  frames: Buffer[];
  notes(): Record<string, Note>;
  counts(): NoteCounts;
}

/** A follow-screen replica in Node, counting and keeping what it receives. */
async function follower(code: string, view: 'low' | 'full'): Promise<Follower> {
  const doc = new Y.Doc();
  const counter: ByteCounter = { bytes: 0, frames: 0 };
  const frames: Buffer[] = [];
  const Counting = countingWebSocket(counter);
  class Keeping extends (Counting as unknown as typeof WebSocket) {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      this.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
    }
  }
  const provider = new WebsocketProvider(`${server.url.replace('http', 'ws')}/yjs`, code, doc, {
    WebSocketPolyfill: Keeping as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: view === 'low' ? { client: 'follow', view: 'low' } : { client: 'follow' },
  });
  provider.awareness.setLocalState(null);
  cleanups.push(() => {
    provider.destroy();
    doc.destroy();
  });
  await waitFor(() => provider.synced, `the ${view} replica to sync`);
  return {
    doc,
    provider,
    counter,
    frames,
    notes: () => doc.getMap('notes').toJSON() as Record<string, Note>,
    counts: () => doc.getMap('noteCounts').toJSON() as NoteCounts,
  };
}

const received = (f: Follower, text: string) => Buffer.concat(f.frames).includes(Buffer.from(text));

describe('the low-data view', () => {
  it('carries counts and the notes in focus, and no other note text', async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'open');
    const low = await follower(room.code, 'low');
    for (let i = 0; i < 10; i++)
      okValue(await send(room.ana.socket, 'note:add', noteInput(`n${i}`, `Plain note ${i}`)));
    okValue(await send(room.fac, 'group:create', { id: 'g1', boardId: 'challenges', title: 'Buyers' }));
    okValue(await send(room.fac, 'notes:move', { noteIds: ['n1', 'n2'], groupId: 'g1' }));
    await waitFor(() => low.counts().challenges?.total === 10 && low.counts().challenges?.groups.g1 === 2, 'counts');
    expect(low.counts().challenges).toEqual({ total: 10, groups: { g1: 2 }, ungrouped: 8 });
    expect(low.notes()).toEqual({});
    expect(received(low, 'Plain note')).toBe(false);

    okValue(await send(room.fac, 'focus:set', { focus: { kind: 'note', boardId: 'challenges', noteId: 'n5' } }));
    await waitFor(() => low.notes().n5, 'the spotlit note');
    okValue(await send(room.fac, 'focus:set', { focus: { kind: 'group', boardId: 'challenges', groupId: 'g1' } }));
    await waitFor(() => Object.keys(low.notes()).sort().join() === 'n1,n2', 'the spotlit group’s notes only');

    // A closed vote's leaders come with their text; the others stay counts.
    okValue(await send(room.fac, 'focus:set', { focus: null }));
    okValue(await send(room.fac, 'vote:open', { boardId: 'challenges', budget: 3, allowStacking: false }));
    for (const id of ['n7', 'n8'])
      okValue(await send(room.ben.socket, 'vote:cast', { boardId: 'challenges', noteId: id }));
    okValue(await send(room.fac, 'vote:close', { boardId: 'challenges' }));
    await waitFor(() => Object.keys(low.notes()).sort().join() === 'n7,n8', 'the vote’s leaders');
    expect(received(low, 'Plain note 3')).toBe(false);
  });

  it('never sends a held note or a running tally to either view', async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'private');
    const [low, full] = [await follower(room.code, 'low'), await follower(room.code, 'full')];
    okValue(await send(room.ana.socket, 'note:add', noteInput('held-1', 'Held-secret-Lomé-41')));
    await waitFor(() => low.doc.getMap('boards').toJSON().challenges?.hiddenCount === 1, 'the hidden count');
    await waitFor(() => (full.doc.getMap('boards').toJSON().challenges?.hiddenCount ?? 0) === 1, 'the hidden count');
    for (const f of [low, full]) expect(received(f, 'Held-secret-Lomé-41')).toBe(false);

    okValue(await send(room.fac, 'board:reveal', { boardId: 'challenges' }));
    okValue(await send(room.fac, 'vote:open', { boardId: 'challenges', budget: 3, allowStacking: false }));
    okValue(await send(room.ben.socket, 'vote:cast', { boardId: 'challenges', noteId: 'held-1' }));
    for (const f of [low, full]) {
      await waitFor(() => (f.doc.getMap('votes').toJSON().challenges as { dotsCast: number })?.dotsCast === 1, 'dots');
      expect((f.doc.getMap('votes').toJSON().challenges as { results: unknown }).results).toBeNull();
      // Who voted travels nowhere: the ballot's participant id is in no frame of either view.
      expect(received(f, room.ben.participantId)).toBe(false);
    }
  });

  it('tells a replica of an earlier process’s low-data document to start over', async () => {
    server = await startTestServer();
    const { code } = await server.createWorkshop();
    const stale = new Y.Doc();
    stale.getMap('room').set('meta', { code });
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/${code}?client=follow&view=low`);
    await new Promise((r) => ws.once('open', r));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, stale);
    ws.send(encoding.toUint8Array(encoder));
    const [closeCode] = await new Promise<[number]>((r) => ws.once('close', (c) => r([c])));
    expect(closeCode).toBe(LOW_DATA_REPLACED);
    // A fresh replica syncs as usual.
    const fresh = await follower(code, 'low');
    expect(fresh.doc.getMap('room').get('meta')).toMatchObject({ code });
  });

  it.each(['full', 'low'] as const)('lets a %s follower resume by state vector after its link drops', async (view) => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'open');
    const people = await joinRoom(server.url, room.code, 10);
    cleanups.push(() => closeRoom(people));
    await writeNotes(people, 'challenges', ['Markets and trade'], 6, (i) => `Earlier note ${i}`);
    const f = await follower(room.code, view);
    await waitFor(() => f.doc.getMap('room').has('meta'), 'the room');
    const whole = Y.encodeStateAsUpdate(f.doc).length;
    f.provider.disconnect();
    await writeNotes(people, 'opportunities', ['Partnerships'], 2, (i) => `Missed note ${i}`);
    const before = f.counter.bytes;
    f.provider.connect();
    await waitFor(
      () => (view === 'low' ? f.counts().opportunities?.total === 20 : Object.keys(f.notes()).length === 80),
      'the missed notes',
    );
    const catchUp = f.counter.bytes - before;
    console.log(`${view} follower: document ${whole} bytes, catch-up after 20 missed notes ${catchUp} bytes`);
    expect(catchUp).toBeLessThan(whole / 2);
    if (view === 'low') expect(received(f, 'Missed note')).toBe(false);
  });
});
