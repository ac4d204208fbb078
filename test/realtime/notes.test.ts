/** The offline outbox against a real server: queued, kept across a reload, delivered exactly once. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import type { OutboxEntry } from '../../client/src/net/outbox.ts';
import { boardRoomPerTest, memoryStorage, noteInput, outboxOn, type BoardRoom } from '../helpers/board-room.ts';
import { connectSocket, type TestSocket } from '../helpers/clients.ts';
import { waitFor } from '../helpers/wait.ts';

const rooms = boardRoomPerTest();
let tab: TestSocket | null = null;
afterEach(() => tab?.close());

const record = (into: Array<[OutboxEntry, Result<unknown>]>) => (e: OutboxEntry, r: Result<unknown>) =>
  void into.push([e, r]);
const copiesOf = (room: BoardRoom, id: string) =>
  Object.values(room.replica.state().notes).filter((n) => n.id === id).length;

describe('a note written offline', () => {
  it('is queued on the device, survives a reload, and arrives exactly once after reconnecting', async () => {
    const room = await rooms.open();
    tab = (
      await connectSocket(rooms.server().url, {
        code: room.code,
        client: 'participant',
        participantToken: room.ana.token,
      })
    ).socket;
    tab.disconnect();
    const storage = memoryStorage();
    const settled: Array<[OutboxEntry, Result<unknown>]> = [];
    outboxOn(tab, storage, record(settled)).enqueue('note:add', noteInput('offline-1', 'Written on the train'));
    await waitFor(
      () => storage.data.get('plenary:outbox:test')?.includes('offline-1'),
      'the note to be stored on the device',
    );

    const reloaded = outboxOn(tab, storage, record(settled));
    expect(reloaded.pending().map((e) => e.key)).toEqual(['offline-1']);
    expect(settled).toEqual([]);
    expect(copiesOf(room, 'offline-1')).toBe(0);

    tab.on('connect', () => void reloaded.flush());
    tab.connect();
    await waitFor(() => settled.length === 1, 'the server to answer the queued note');
    expect(settled[0]![1]).toEqual({ ok: true, value: { id: 'offline-1', held: false } });
    expect(reloaded.pending()).toEqual([]);
    await waitFor(() => copiesOf(room, 'offline-1') === 1, 'the note on the replica');
    await reloaded.flush();
    expect(settled).toHaveLength(1);
    expect((await room.serverState()).notes['offline-1']).toMatchObject({
      text: 'Written on the train',
      authorId: room.ana.participantId,
    });
  });

  it('whose answer was lost is resent after reconnecting and still exists once', async () => {
    const room = await rooms.open();
    tab = (
      await connectSocket(rooms.server().url, {
        code: room.code,
        client: 'participant',
        participantToken: room.ana.token,
      })
    ).socket;
    const settled: Array<[OutboxEntry, Result<unknown>]> = [];
    const outbox = outboxOn(tab, memoryStorage(), record(settled), 400);
    tab.on('connect', () => void outbox.flush());

    // Send, then cut the line at once: the command reaches the server, its answer never comes back.
    outbox.enqueue('note:add', noteInput('lost-ack', 'Answer lost in the tunnel'));
    tab.io.engine.close();
    await waitFor(() => copiesOf(room, 'lost-ack') === 1, 'the first send to be applied by the server');
    await waitFor(() => !tab!.connected, 'the tab to notice it is offline');
    await outbox.flush();
    expect(outbox.pending().map((e) => e.key)).toEqual(['lost-ack']);
    expect(settled).toEqual([]);

    tab.connect();
    await waitFor(() => settled.length === 1, 'the resend to be answered');
    expect(settled[0]![1]).toEqual({ ok: true, value: { id: 'lost-ack', held: false } });
    expect(copiesOf(room, 'lost-ack')).toBe(1);
    expect(Object.keys((await room.serverState()).notes)).toEqual(['lost-ack']);
  });

  it('edits and deletes carry their own command ids and are delivered in order', async () => {
    const room = await rooms.open();
    tab = (
      await connectSocket(rooms.server().url, {
        code: room.code,
        client: 'participant',
        participantToken: room.ana.token,
      })
    ).socket;
    tab.disconnect();
    const settled: Array<[OutboxEntry, Result<unknown>]> = [];
    const outbox = outboxOn(tab, memoryStorage(), record(settled));
    outbox.enqueue('note:add', noteInput('n1', 'first'));
    outbox.enqueue('note:edit', { noteId: 'n1', text: 'second' });
    outbox.enqueue('note:add', noteInput('n2', 'doomed'));
    outbox.enqueue('note:delete', { noteId: 'n2' });
    outbox.enqueue('note:edit', { noteId: 'someone-else', text: 'x' });
    expect(new Set(outbox.pending().map((e) => e.key)).size).toBe(5);
    tab.on('connect', () => void outbox.flush());
    tab.connect();
    await waitFor(() => settled.length === 5, 'all five answers');
    expect(settled.map(([e, r]) => [e.event, r.ok ? 'ok' : r.error])).toEqual([
      ['note:add', 'ok'],
      ['note:edit', 'ok'],
      ['note:add', 'ok'],
      ['note:delete', 'ok'],
      ['note:edit', 'not_found'],
    ]);
    await waitFor(
      () => room.replica.state().notes.n1?.text === 'second' && !room.replica.state().notes.n2,
      'the final notes on the replica',
    );
  });
});
