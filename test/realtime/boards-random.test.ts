/**
 * Seeded chaos on one board: participants post, edit and delete through their outboxes while
 * dropping their sockets and replicas at random, and the facilitator groups, hides, deletes,
 * undoes, switches private writing on and off and reveals. At the end every replica equals the
 * server's document, which (with the server's held notes) matches the model, and no held
 * text is in any replica.
 * Re-run a failure with PLENARY_SEED=<seed>.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import type { OutboxEntry } from '../../client/src/net/outbox.ts';
import { UNDO_MAX } from '../../server/domain/undo.ts';
import type { Result } from '../../shared/errors.ts';
import type { Note } from '../../shared/model.ts';
import { readPublicState } from '../../shared/doc.ts';
import { mulberry32 } from '../../shared/seeded-random.ts';
import { BoardModel } from '../helpers/board-model.ts';
import { memoryStorage, noteInput, okValue, openBoardRoom, outboxOn, type BoardRoom } from '../helpers/board-room.ts';
import { connectSocket, joinAs, openReplica, send, type NodeReplica, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

const SEED = Number(process.env.PLENARY_SEED ?? 20180612);
const PARTICIPANTS = 6;
const ROUNDS = 30;
const COLUMNS = [
  'Markets and trade',
  'Quality and standards',
  'Costs and finance',
  'Skills and organisation',
  'Policy and environment',
];

interface Player {
  id: string;
  socket: TestSocket;
  replica: NodeReplica;
  outbox: ReturnType<typeof outboxOn>;
  written: number;
}

let server: TestServer;
let room: BoardRoom;
const players: Player[] = [];
afterEach(async () => {
  for (const p of players.splice(0)) {
    p.socket.close();
    p.replica.destroy();
  }
  room?.close();
  await server?.close();
});

it(`seed ${SEED}: every replica converges on the server's document, which matches the model`, async () => {
  const random = mulberry32(SEED);
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(random() * xs.length)];
  const model = new BoardModel(UNDO_MAX);
  const refusals: string[] = [];
  const stats = { offlineQueued: 0, socketDrops: 0, replicaDrops: 0, undos: 0 };
  server = await startTestServer();
  room = await openBoardRoom(server);

  async function player(i: number): Promise<Player> {
    const joined = await joinAs(server.url, room.code, `P${i}`, i % 2 ? 'remote' : 'room');
    joined.socket.close();
    // A device reconnects with its token, as the page does, so it is the same person after every drop.
    const { socket } = await connectSocket(server.url, {
      code: room.code,
      client: 'participant',
      participantToken: joined.token,
    });
    const id = joined.participantId;
    const onSettled = (entry: OutboxEntry, r: Result<unknown>) => {
      if (!r.ok) refusals.push(r.error);
      else if (entry.event === 'note:add')
        model.add(entry.input.id, id, entry.input.text, entry.input.column, (r.value as { held: boolean }).held);
      else if (entry.event === 'note:edit') model.edit(entry.input.noteId, entry.input.text!);
      else model.remove(entry.input.noteId);
    };
    const outbox = outboxOn(socket, memoryStorage(), onSettled);
    socket.on('connect', () => void outbox.flush());
    return { id, socket, replica: await openReplica(server.url, room.code), outbox, written: 0 };
  }
  players.push(...(await Promise.all(Array.from({ length: PARTICIPANTS }, (_, i) => player(i)))));

  async function participantTurn(p: Player): Promise<void> {
    const r = random();
    if (r < 0.1) {
      if (p.socket.connected) {
        p.socket.disconnect();
        stats.socketDrops++;
        return;
      }
      p.socket.connect();
      await waitFor(() => p.socket.connected, `${p.id} to reconnect`);
    } else if (r < 0.16) {
      if (p.replica.provider.shouldConnect) {
        p.replica.provider.disconnect();
        stats.replicaDrops++;
        return;
      }
      p.replica.provider.connect();
    } else if (r < 0.5) {
      if (!p.socket.connected) stats.offlineQueued++;
      p.outbox.enqueue(
        'note:add',
        noteInput(
          `${p.id}-${p.written++}`,
          `idea ${p.written} of ${p.id} ${Math.floor(random() * 1e6)}`,
          pick(COLUMNS),
        ),
      );
    } else if (r < 0.77) {
      const id = pick(model.ownedBy(p.id));
      if (id) p.outbox.enqueue('note:edit', { noteId: id, text: `edited ${Math.floor(random() * 1e6)}` });
    } else if (r < 0.88) {
      const id = pick(model.ownedBy(p.id));
      if (id) p.outbox.enqueue('note:delete', { noteId: id });
    } else if (p.socket.connected) {
      const other = pick([...model.notes.keys()].filter((id) => model.notes.get(id)!.authorId !== p.id));
      // not_found when its author deleted it in this same round, before this attempt arrived.
      const r = other ? await send(p.socket, 'note:delete', { noteId: other }) : null;
      if (r) expect(r.ok ? 'ok' : r.error).toMatch(/^(not_owner|not_found)$/);
    }
    await p.outbox.flush();
  }

  async function facilitatorTurn(round: number): Promise<void> {
    const r = random();
    const noteIds = [...model.notes.keys()];
    const groupIds = [...model.groups.keys()];
    if (r < 0.12) {
      const id = `g${round}`;
      okValue(await send(room.fac, 'group:create', { id, boardId: 'challenges', title: `Group ${round}` }));
      model.createGroup(id, `Group ${round}`);
    } else if (r < 0.55 && noteIds.length > 0) {
      const ids = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(noteIds)!);
      const groupId = random() < 0.8 ? (pick(groupIds) ?? null) : null;
      const column = random() < 0.3 ? pick(COLUMNS) : undefined;
      const moved = okValue(
        await send(room.fac, 'notes:move', { noteIds: ids, groupId, ...(column ? { column } : {}) }),
      ).moved;
      expect(moved).toBe(model.move(ids, groupId, column));
    } else if (r < 0.63 && groupIds.length > 0) {
      const id = pick(groupIds)!;
      okValue(await send(room.fac, 'group:delete', { groupId: id }));
      model.deleteGroup(id);
    } else if (r < 0.7 && noteIds.length > 0) {
      const id = pick(noteIds)!;
      okValue(await send(room.fac, random() < 0.5 ? 'note:hide' : 'note:delete', { noteId: id }));
      model.takeAway(id);
    } else if (r < 0.76) {
      const mode = random() < 0.5 ? 'private' : 'open';
      okValue(await send(room.fac, 'board:mode', { boardId: 'challenges', mode }));
    } else if (r < 0.82) {
      okValue(await send(room.fac, 'board:reveal', { boardId: 'challenges' }));
      model.reveal();
    } else {
      const undone = await send(room.fac, 'undo:last', {});
      expect(undone.ok).toBe(model.undo());
      stats.undos++;
    }
  }

  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(players.map(participantTurn));
    await facilitatorTurn(round);
  }

  // End in private writing, so the last check also proves held notes never reach a replica.
  okValue(await send(room.fac, 'board:mode', { boardId: 'challenges', mode: 'private' }));
  for (const p of players)
    p.outbox.enqueue('note:add', noteInput(`${p.id}-last`, `last words of ${p.id}`, pick(COLUMNS)));
  for (const p of players) {
    if (!p.socket.connected) p.socket.connect();
    if (!p.replica.provider.shouldConnect) p.replica.provider.connect();
  }
  await waitFor(async () => {
    for (const p of players) await p.outbox.flush();
    return players.every((p) => p.socket.connected && p.outbox.pending().length === 0);
  }, 'every outbox to drain');

  const w = (await server.server.hub.get(room.code))!;
  const truth = readPublicState(w.doc);
  for (const p of players)
    await waitFor(
      () => isDeepStrictEqual(p.replica.state(), truth),
      `${p.id}'s replica to equal the server's document`,
    );
  expect(room.replica.state()).toEqual(truth);

  const plain = (notes: Note[]) =>
    Object.fromEntries(
      notes.map((n) => [n.id, { text: n.text, authorId: n.authorId, column: n.column, groupId: n.groupId }]),
    );
  const board = plain(Object.values(truth.notes));
  const held = plain(Object.values(w.state.priv.heldNotes));
  const groups = Object.fromEntries(Object.values(truth.groups).map((g) => [g.id, g.title]));
  expect({ notes: board, held, groups }).toEqual(model.snapshot());
  expect(Object.keys(held).length).toBeGreaterThan(0);
  expect(truth.boards.challenges!.hiddenCount).toBe(Object.keys(held).length);
  // No held text has reached any replica.
  for (const p of players)
    for (const n of Object.values(held)) expect(JSON.stringify(p.replica.state())).not.toContain(n.text);
  expect(Object.keys(board).length).toBeGreaterThan(5);
  // Refused only for reasons the room can cause: a note the facilitator took away, or writing too fast.
  expect(refusals.filter((e) => e !== 'not_found' && e !== 'rate_limited')).toEqual([]);
  expect(stats.offlineQueued).toBeGreaterThan(0);
  expect(stats.socketDrops + stats.replicaDrops).toBeGreaterThan(0);
});
