/**
 * Breakout groups on a real server: while groups run, a participant of one group receives no
 * byte of another group's notes or commitments (Socket.IO or y-websocket), shown or held, nor
 * does a follow screen; their own group and the facilitators do. Report-back publishes the picked
 * points, and the merge brings every shown note and every commitment to the plenary boards for
 * everyone; a note still held stays held.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { copyBoardId } from '../../shared/breakouts.ts';
import { readPublicState } from '../../shared/doc.ts';
import type { GroupBoards } from '../../shared/protocol/breakouts.ts';
import type { SocketAuth } from '../../shared/schemas/session.ts';
import { okValue, openBoardRoom, type BoardRoom } from '../helpers/board-room.ts';
import { connectSocket, joinAs, newToken, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';
import { C1, C2, G1, G2, R1, R2 } from '../helpers/breakout-fixtures.ts';

const SHOWN = 'Warehouse-Accra-credit-5d1e';
const HELD = 'Quota-Bamako-lentils-88b0';

let server: TestServer;
let room: BoardRoom;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  room?.close();
  await server?.close();
});

class Recording {
  frames: Buffer[] = [];
  add(data: unknown): void {
    this.frames.push(typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array));
  }
  contains(text: string): boolean {
    return Buffer.concat(this.frames).includes(Buffer.from(text));
  }
}

/** A Socket.IO client recording every packet, that keeps the last `breakout:boards` it was told. */
async function recorded(
  auth: SocketAuth,
  rec: Recording,
): Promise<{ socket: TestSocket; boards: () => GroupBoards | null }> {
  const socket: TestSocket = io(server.url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    autoConnect: false,
  });
  let boards: GroupBoards | null = null;
  socket.on('breakout:boards', (view) => (boards = view));
  socket.io.on('open', () =>
    socket.io.engine.on('packet', (p: { data?: unknown }) => p.data !== undefined && rec.add(p.data)),
  );
  const ready = nextEvent(socket, 'session:ready');
  socket.connect();
  await ready;
  cleanups.push(() => socket.close());
  return { socket, boards: () => boards };
}

function recordedReplica(code: string, rec: Recording, params: Record<string, string> = {}): Y.Doc {
  class RecordingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer) => rec.add(data));
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/yjs`, code, doc, {
    WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  provider.awareness.setLocalState(null);
  cleanups.push(() => {
    provider.destroy();
    doc.destroy();
  });
  return doc;
}

const COMMITTED = 'Pilot-fund-Kumasi-shea-3c9a';
const DETAILS = 'ana.k@example.org';

describe('breakout groups on the wire', () => {
  it("keeps group A's notes, shown and held, out of every frame group B receives; report-back and merge then show them", async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'open');
    const cara = await joinAs(server.url, room.code, 'Cara');
    const dan = await joinAs(server.url, room.code, 'Dan');
    cleanups.push(
      () => cara.socket.close(),
      () => dan.socket.close(),
    );
    const plan = { count: 2, rule: 'hand' as const };
    expect(okValue(await send(room.fac, 'breakout:start', { id: 'bk', boardIds: ['challenges'], plan }))).toEqual({
      groups: 2,
    });
    okValue(
      await send(room.fac, 'breakout:assign', {
        moves: [
          { participantId: room.ana.participantId, groupId: G1 },
          { participantId: cara.participantId, groupId: G1 },
          { participantId: room.ben.participantId, groupId: G2 },
          { participantId: dan.participantId, groupId: G2 },
        ],
      }),
    );

    const ben = new Recording();
    const caraRec = new Recording();
    const fac = new Recording();
    const benSide = await recorded({ code: room.code, client: 'participant', participantToken: room.ben.token }, ben);
    const caraSide = await recorded({ code: room.code, client: 'participant', participantToken: cara.token }, caraRec);
    const facSide = await recorded({ code: room.code, client: 'facilitate', facilitatorKey: room.facilitatorKey }, fac);
    const benDoc = recordedReplica(room.code, ben);

    okValue(
      await send(room.ana.socket, 'note:add', { id: 'a-1', boardId: C1, column: 'Markets and trade', text: SHOWN }),
    );
    okValue(await send(room.fac, 'board:mode', { boardId: C1, mode: 'private' }));
    expect(
      okValue(
        await send(room.ana.socket, 'note:add', { id: 'a-2', boardId: C1, column: 'Markets and trade', text: HELD }),
      ),
    ).toEqual({
      id: 'a-2',
      held: true,
    });
    okValue(
      await send(room.ben.socket, 'note:add', {
        id: 'b-1',
        boardId: C2,
        column: 'Markets and trade',
        text: 'Ben at table 2',
      }),
    );
    // Writing on another group's board is refused with its code, and changes nothing.
    expect(
      await send(room.ben.socket, 'note:add', { id: 'b-2', boardId: C1, column: 'Markets and trade', text: 'x' }),
    ).toMatchObject({
      ok: false,
      error: 'not_in_group',
    });

    await waitFor(() => caraSide.boards()?.notes.some((n) => n.text === SHOWN), "Cara to see her group's note");
    await waitFor(() => benSide.boards()?.notes.length === 1, "Ben to see his group's note");
    await waitFor(() => facSide.boards()?.notes.length === 2, 'the facilitator to see both groups');
    await waitFor(
      () => readPublicState(benDoc).breakouts.bk?.groups[0]?.notes === 2,
      "Ben's replica to count group 1's notes",
    );
    expect(benSide.boards()!.notes.map((n) => n.text)).toEqual(['Ben at table 2']);
    expect(ben.contains(SHOWN), 'Ben received group 1 shown note').toBe(false);
    expect(ben.contains(HELD), 'Ben received group 1 held note').toBe(false);
    expect(caraRec.contains(HELD), 'Cara received Ana held note').toBe(false);
    expect(fac.contains(HELD), 'the facilitator received a held note').toBe(false);
    expect(readPublicState(benDoc).notes).toEqual({});

    // A late joiner is placed by the rule (by hand: nowhere) and sees nothing of either group.
    const eve = new Recording();
    const eveSide = await recorded({ code: room.code, client: 'participant' }, eve);
    okValue(
      await send(eveSide.socket, 'session:join', {
        name: 'Eve',
        organisation: 'Eve Coop',
        attendance: 'room',
        token: 'e'.repeat(40),
      }),
    );
    expect(eve.contains(SHOWN)).toBe(false);

    okValue(await send(room.fac, 'breakout:report', { index: 0 }));
    await waitFor(() => readPublicState(benDoc).breakouts.bk?.status === 'reporting', 'report-back on the replica');
    expect(readPublicState(benDoc).breakouts.bk!.points.map((p) => p.text)).toEqual([SHOWN, 'Ben at table 2']);
    expect(ben.contains(HELD)).toBe(false);
    expect(okValue(await send(room.ben.socket, 'breakout:plus', { noteId: 'a-1' }))).toEqual({ plusOnes: 1 });
    expect(await send(room.ana.socket, 'breakout:plus', { noteId: 'a-1' })).toMatchObject({
      ok: false,
      error: 'own_group',
    });

    expect(okValue(await send(room.fac, 'breakout:merge', {}))).toEqual({ notes: 2, clusters: 0, commitments: 0 });
    expect(await send(room.fac, 'breakout:merge', {})).toMatchObject({ ok: false, error: 'already_merged' });
    await waitFor(() => Object.keys(readPublicState(benDoc).notes).length === 2, 'the merged notes on the replica');
    expect(ben.contains(HELD), 'the merge published a held note').toBe(false);
    const merged = readPublicState(benDoc).notes['m-a-1']!;
    expect(merged).toMatchObject({ boardId: 'challenges', text: SHOWN });
    expect(merged.provenance!.sources[0]).toMatchObject({ groupId: G1 });
  });

  it("keeps group A's commitments out of every frame group B and a follower receive; the merge shows them", async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'open');
    okValue(await send(room.fac, 'board:mode', { boardId: 'roles', mode: 'open' }));
    const cara = await joinAs(server.url, room.code, 'Cara');
    cleanups.push(() => cara.socket.close());
    const plan = { count: 2, rule: 'hand' as const };
    okValue(await send(room.fac, 'breakout:start', { id: 'bk', boardIds: ['challenges', 'roles'], plan }));
    const moves = [
      { participantId: room.ana.participantId, groupId: G1 },
      { participantId: cara.participantId, groupId: G1 },
      { participantId: room.ben.participantId, groupId: G2 },
    ];
    okValue(await send(room.fac, 'breakout:assign', { moves }));

    const [ben, caraRec, fac, follower] = [new Recording(), new Recording(), new Recording(), new Recording()];
    const benSide = await recorded({ code: room.code, client: 'participant', participantToken: room.ben.token }, ben);
    const caraSide = await recorded({ code: room.code, client: 'participant', participantToken: cara.token }, caraRec);
    const facSide = await recorded({ code: room.code, client: 'facilitate', facilitatorKey: room.facilitatorKey }, fac);
    await recorded({ code: room.code, client: 'follow' }, follower);
    const benDoc = recordedReplica(room.code, ben);
    const followDoc = recordedReplica(room.code, follower, { client: 'follow' });

    const proposal = { id: 'k-1', boardId: R1, kind: 'Finance', text: COMMITTED, contactDetails: DETAILS };
    expect(okValue(await send(room.ana.socket, 'commitment:propose', proposal))).toEqual({ id: 'k-1' });
    const bens = { id: 'k-2', boardId: R2, kind: 'Tools', text: 'Ben shares the catalogue' };
    okValue(await send(room.ben.socket, 'commitment:propose', bens));
    // Proposing on another group's copy is refused with its code, and changes nothing.
    expect(await send(room.ben.socket, 'commitment:propose', { ...bens, id: 'k-3', boardId: R1 })).toMatchObject({
      ok: false,
      error: 'not_in_group',
    });
    expect(await send(cara.socket, 'commitment:confirm', { id: 'k-1' })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    okValue(await send(room.fac, 'commitment:confirm', { id: 'k-1' }));

    await waitFor(
      () => caraSide.boards()?.commitments.some((c) => c.text === COMMITTED && c.status === 'confirmed'),
      "Cara to see her group's confirmed commitment",
    );
    await waitFor(() => facSide.boards()?.commitments.length === 2, 'the facilitator to see both groups');
    await waitFor(() => benSide.boards()?.commitments.length === 1, "Ben to see his group's commitment");
    await waitFor(
      () =>
        readPublicState(benDoc)
          .breakouts.bk?.groups.map((g) => g.commitments)
          .join() === '1,1',
      "Ben's replica to count each group's commitments",
    );
    await waitFor(() => readPublicState(followDoc).breakouts.bk?.groups[0]?.commitments === 1, 'the follow count');
    expect(benSide.boards()!.commitments.map((c) => c.id)).toEqual(['k-2']);
    for (const [rec, who] of [
      [ben, 'Ben'],
      [follower, 'a follow screen'],
    ] as const) {
      expect(rec.contains(COMMITTED), `${who} received group 1's commitment`).toBe(false);
      expect(rec.contains(DETAILS), `${who} received its contact details`).toBe(false);
    }
    expect(follower.contains('Ben shares the catalogue'), "a follow screen received group 2's commitment").toBe(false);
    expect(readPublicState(benDoc).commitments).toEqual({});
    expect((await server.publicState(room.code)).commitments).toEqual({});

    expect(okValue(await send(room.fac, 'breakout:merge', {}))).toEqual({ notes: 0, clusters: 0, commitments: 2 });
    await waitFor(() => readPublicState(benDoc).commitments['m-k-1'] !== undefined, 'the merged commitment');
    expect(readPublicState(benDoc).commitments['m-k-1']).toMatchObject({
      boardId: 'roles',
      text: COMMITTED,
      status: 'confirmed',
      fromGroup: '1',
    });
    expect(readPublicState(benDoc).roleMatrices.roles!.organisations).toContain('Ana Coop');
    expect(ben.contains(DETAILS), 'the merge published contact details').toBe(false);
  });

  it("keeps a group's commitments, still private, across a restart", async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'open');
    okValue(await send(room.fac, 'board:mode', { boardId: 'roles', mode: 'open' }));
    okValue(
      await send(room.fac, 'breakout:start', { id: 'bk', boardIds: ['roles'], plan: { count: 2, rule: 'hand' } }),
    );
    okValue(
      await send(room.fac, 'breakout:assign', { moves: [{ participantId: room.ana.participantId, groupId: G1 }] }),
    );
    const proposal = { id: 'k-1', boardId: R1, kind: 'Finance', text: COMMITTED, contactDetails: DETAILS };
    okValue(await send(room.ana.socket, 'commitment:propose', proposal));
    room.close();
    server = await server.restart();

    const fac = new Recording();
    const facSide = await recorded({ code: room.code, client: 'facilitate', facilitatorKey: room.facilitatorKey }, fac);
    await waitFor(() => facSide.boards()?.commitments[0]?.text === COMMITTED, 'the commitment back after the restart');
    const state = await server.publicState(room.code);
    expect(state.commitments).toEqual({});
    expect(state.breakouts.bk!.groups[0]!.commitments).toBe(1);
    expect(okValue(await send(facSide.socket, 'breakout:merge', {}))).toMatchObject({ commitments: 1 });
  });

  it('seats a late joiner by the balanced rule and tells them their group board only', async () => {
    server = await startTestServer();
    room = await openBoardRoom(server, 'open');
    okValue(await send(room.fac, 'breakout:start', { id: 'bk', boardIds: ['challenges'], plan: { count: 2 } }));
    const anaGroup = (await server.publicState(room.code)).breakouts.bk!.groups.find((g) =>
      g.memberIds.includes(room.ana.participantId),
    )!;
    const anaBoard = copyBoardId('challenges', anaGroup.id);
    okValue(
      await send(room.ana.socket, 'note:add', {
        id: 'a-1',
        boardId: anaBoard,
        column: 'Markets and trade',
        text: SHOWN,
      }),
    );
    // Every group has one person of a different organisation: the late joiner goes to the first, Ana's.
    const { socket: late } = await connectSocket(server.url, { code: room.code, client: 'participant' });
    cleanups.push(() => late.close());
    let told: GroupBoards | null = null;
    late.on('breakout:boards', (view) => (told = view));
    const join = { name: 'Late', organisation: 'Late Coop', attendance: 'room' as const, token: newToken() };
    const { participantId } = okValue(await send(late, 'session:join', join));
    const state = await server.publicState(room.code);
    expect(state.breakouts.bk!.groups.find((g) => g.memberIds.includes(participantId))?.id).toBe(anaGroup.id);
    await waitFor(() => told?.notes.some((n) => n.text === SHOWN), "the late joiner to be told their group's board");
  });
});
