/**
 * Every facilitator-only command of the server's handler table, tried by everyone else through
 * every channel (Socket.IO, REST, a Yjs write), plainly and forged: always refused, nothing
 * changes. Then the facilitator does the same and it works. A command without a row fails the test.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { COMMAND_NAMES, type CommandName } from '../../shared/commands.ts';
import type { PublicState, Role } from '../../shared/model.ts';
import { HANDLERS } from '../../server/commands.ts';
import { ADMITTED } from '../../server/commands/handler.ts';
import { ACTIONS, can, type Action } from '../../server/domain/permissions.ts';
import { matrixOf } from '../../server/domain/roles.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { connectSocket, joinAs, openReplica, send, type TestSocket } from '../helpers/clients.ts';
import { fetchReport, openMeeting, scriptWorkshop, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

interface Row {
  /** The input, or how to make it from the meeting and the state the row meets. */
  payload: object | ((m: Meeting, s: WorkshopState) => object);
  /** The collection a forged Yjs write would have to change to get the same effect. */
  touches: keyof PublicState;
}

const ROLES: readonly Role[] = ['facilitator', 'participant', 'follower', 'guest'];
const rolesOf = (a: Action) => ROLES.filter((r) => can(r, a));
const onlyStaff = (a: Action) => rolesOf(a).join() === 'facilitator';

/**
 * Run in this order on one scripted meeting (the day is in the closing review): each facilitator
 * success leaves the next row's precondition in place, and each changes the state.
 */
const ROWS: Partial<Record<CommandName, Row>> = {
  'agenda:enter': { payload: { segmentId: 'session-3', activityId: 's3-grouping' }, touches: 'room' },
  'agenda:next': { payload: {}, touches: 'room' },
  'agenda:previous': { payload: {}, touches: 'room' },
  'timer:pause': { payload: {}, touches: 'room' },
  'timer:resume': { payload: {}, touches: 'room' },
  'timer:adjust': { payload: { deltaMs: 60_000 }, touches: 'room' },
  'timer:reset': { payload: {}, touches: 'room' },
  'timer:start': { payload: { durationMs: 120_000 }, touches: 'room' },
  'room:display': { payload: { showDrift: false }, touches: 'room' },
  'agenda:edit': {
    payload: {
      op: 'activity.update',
      segmentId: 'session-3',
      activityId: 's3-framing',
      patch: { title: 'Framing, edited' },
    },
    touches: 'room',
  },
  'agenda:replan': { payload: { mode: 'shift', minutes: 5 }, touches: 'room' },
  'board:mode': { payload: { boardId: 'challenges', mode: 'private' }, touches: 'boards' },
  'board:reveal': { payload: { boardId: 'challenges' }, touches: 'boards' },
  'note:hide': { payload: { noteId: 'ch-2' }, touches: 'notes' },
  'undo:last': { payload: {}, touches: 'notes' },
  'notes:hide': { payload: { noteIds: ['ch-2'] }, touches: 'notes' },
  'notes:delete': { payload: { noteIds: ['op-1'] }, touches: 'notes' },
  'group:create': { payload: { id: 'g-new', boardId: 'challenges', title: 'New group' }, touches: 'groups' },
  'group:rename': { payload: { groupId: 'g-cost', title: 'Cost of certification' }, touches: 'groups' },
  'notes:move': { payload: { noteIds: ['ch-1'], groupId: 'g-new' }, touches: 'notes' },
  'group:delete': { payload: { groupId: 'g-new' }, touches: 'groups' },
  'vote:open': { payload: { boardId: 'challenges', budget: 3, allowStacking: false }, touches: 'votes' },
  'vote:close': { payload: { boardId: 'challenges' }, touches: 'votes' },
  'focus:set': { payload: { focus: { kind: 'note', boardId: 'challenges', noteId: 'ch-1' } }, touches: 'room' },
  'commitment:confirm': { payload: { id: 'k-2' }, touches: 'commitments' },
  'commitment:edit': { payload: { id: 'k-2', text: 'Two shelves for coop products' }, touches: 'commitments' },
  'commitment:remove': { payload: { id: 'k-1' }, touches: 'commitments' },
  'roles:importOrganisations': { payload: { boardId: 'roles' }, touches: 'roleMatrices' },
  'roles:setRows': {
    payload: (_m, s) => ({ boardId: 'roles', organisations: [...matrixOf(s, 'roles').organisations, 'Extra Coop'] }),
    touches: 'roleMatrices',
  },
  'roles:setColumns': {
    payload: (_m, s) => ({ boardId: 'roles', columns: [...s.pub.boards.roles!.columns, 'Advocacy'] }),
    touches: 'roleMatrices',
  },
  'review:set': { payload: { boardId: 'expectations', status: 'open' }, touches: 'expectationReviews' },
  'expectation:verdict': { payload: { noteId: 'exp-1', verdict: 'partly', action: null }, touches: 'notes' },
  'question:moderate': { payload: { id: 'q-2', status: 'answered' }, touches: 'questions' },
  'workshop:describe': { payload: { venue: 'Room XII, Palais des Nations' }, touches: 'room' },
  'board:create': {
    payload: { id: 'b-later', kind: 'notes', title: 'Parking lot', prompt: '', columns: ['Later'] },
    touches: 'boards',
  },
  'board:edit': { payload: { boardId: 'b-later', title: 'Parked', columns: ['Later', 'Never'] }, touches: 'boards' },
  // Nothing is written on the new board yet, so it may still become anonymous.
  'board:anonymous': { payload: { boardId: 'b-later', anonymous: true }, touches: 'boards' },
  'board:remove': { payload: { boardId: 'b-later' }, touches: 'boards' },
  'agenda:method': { payload: { methodId: 'roti', locale: 'fr', segmentId: null, index: 40 }, touches: 'room' },
  // Hands Ana and Pat raised before the rows ran (see beforeAll).
  'queue:skip': { payload: (m) => ({ participantId: m.ana.participantId }), touches: 'hands' },
  'queue:floor': { payload: (m) => ({ participantId: m.ana.participantId }), touches: 'hands' },
  'queue:display': { payload: { shown: true }, touches: 'room' },
  'queue:clear': { payload: {}, touches: 'hands' },
  'breakout:start': {
    payload: { id: 'bk-matrix', boardIds: ['challenges'], plan: { count: 2 } },
    touches: 'breakouts',
  },
  'breakout:assign': {
    payload: (m) => ({ moves: [{ participantId: m.ana.participantId, groupId: 'bk-matrix-g2' }] }),
    touches: 'breakouts',
  },
  'breakout:message': { payload: { text: '5 minutes left' }, touches: 'breakouts' },
  'breakout:report': { payload: { index: 1 }, touches: 'breakouts' },
  'breakout:merge': { payload: {}, touches: 'notes' },
  // Last: the day ends, then people change (a removed participant's socket is gone).
  'agenda:finish': { payload: {}, touches: 'room' },
  'people:promote': { payload: (m) => ({ participantId: m.ben.participantId }), touches: 'room' },
  'people:demote': { payload: (m) => ({ participantId: m.ben.participantId }), touches: 'room' },
  'people:merge': {
    payload: (m) => ({ keepId: m.ben.participantId, duplicateId: m.ana.participantId }),
    touches: 'notes',
  },
  'people:kick': { payload: (m) => ({ participantId: m.rem.participantId }), touches: 'room' },
};
/** Actions that have no Socket.IO command: the report and the design file are REST only. */
const REST_ONLY: Action[] = ['report.read', 'design.export', 'workshop.delete', 'workshop.rotateKey'];

const staffCommands = COMMAND_NAMES.filter((name) => onlyStaff(HANDLERS[name].action));

let server: TestServer;
let m: Meeting;
let other: { code: string; facilitatorKey: string };
/** Joined participants taking turns at the plain attempts, so none of them runs into the flood limit. */
const participants: TestSocket[] = [];
/** Sockets opened for one row, and closed at the end. */
const opened: TestSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  m = await openMeeting(server);
  await scriptWorkshop(m);
  other = await server.createWorkshop();
  participants.push(m.ana.socket);
  for (const name of ['Pat', 'Quinn', 'Sami']) participants.push((await joinAs(server.url, m.code, name)).socket);
  for (const s of participants.slice(0, 2)) expect((await send(s, 'hand:raise', { up: true })).ok).toBe(true);
}, 60_000);
afterAll(async () => {
  for (const s of [...participants, ...opened]) s.close();
  m?.close();
  await server?.close();
});

async function state(): Promise<WorkshopState> {
  return (await server.server.hub.get(m.code))!.state;
}

async function snapshot(): Promise<string> {
  return JSON.stringify(await state());
}

/** The row's input with a fixed command id, so "the facilitator's exact message" can be replayed. */
async function payloadOf(event: CommandName, row: Row): Promise<object> {
  const payload = typeof row.payload === 'function' ? row.payload(m, await state()) : row.payload;
  return { ...payload, commandId: `matrix-${event.replace(':', '-')}` };
}

const emit = (s: TestSocket, event: CommandName, payload: unknown) => send(s, event, payload as never);

/** A follower, a projector and an unauthenticated socket of the row's own: each gets its own flood allowance. */
async function outsiders(): Promise<Record<'follower' | 'screen' | 'guest', TestSocket>> {
  const open = async (client: 'follow' | 'screen' | 'participant') => {
    const { socket } = await connectSocket(server.url, { code: m.code, client });
    opened.push(socket);
    return socket;
  };
  return { follower: await open('follow'), screen: await open('screen'), guest: await open('participant') };
}

/** Everyone but the facilitator, each with the plain message and its forged variants. */
async function attempts(event: CommandName, row: Row): Promise<Array<[string, TestSocket, unknown]>> {
  const p = await payloadOf(event, row);
  const participant = participants[COMMAND_NAMES.indexOf(event) % participants.length]!;
  const { follower, screen, guest } = await outsiders();
  const plain: Array<[string, TestSocket, unknown]> = [
    ['participant', participant, p],
    ['follower', follower, p],
    ['projector', screen, p],
    ['unauthenticated socket', guest, p],
  ];
  const forged = {
    ...p,
    role: 'facilitator',
    facilitator: true,
    facilitatorKey: other.facilitatorKey,
    code: other.code,
  };
  return [
    ...plain,
    ['participant with a role field', participant, forged],
    ['remote participant with a role field', m.rem.socket, forged],
    ['unauthenticated socket with a role field', guest, forged],
  ];
}

/** A real replica whose owner edits its copy: the update it sends must be refused. */
async function forgeYjsWrite(collection: keyof PublicState): Promise<void> {
  const attacker = await openReplica(server.url, m.code);
  attacker.doc.transact(() => {
    const map = attacker.doc.getMap(collection);
    map.set('forged', { forged: true });
    for (const key of [...map.keys()].slice(0, 3)) map.set(key, { forged: true });
  });
  await roundTrip(attacker.provider.ws as unknown as WebSocket);
  const probe = await openReplica(server.url, m.code);
  expect(JSON.stringify(probe.state())).not.toContain('"forged":true');
  probe.destroy();
  attacker.destroy();
}

/** A sync step 1 on the same connection: its answer proves the server has read everything sent before it. */
async function roundTrip(ws: WebSocket): Promise<void> {
  const ask = encoding.createEncoder();
  encoding.writeVarUint(ask, 0);
  syncProtocol.writeSyncStep1(ask, new Y.Doc());
  const answered = new Promise<void>((resolve) =>
    ws.addEventListener('message', (e) => {
      const d = decoding.createDecoder(new Uint8Array(e.data as ArrayBuffer));
      if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === syncProtocol.messageYjsSyncStep2) resolve();
    }),
  );
  ws.send(encoding.toUint8Array(ask));
  await answered;
}

describe('role matrix', () => {
  it('has a row for every facilitator-only command of the handler table, in the table and nowhere else', () => {
    expect(Object.keys(ROWS).sort()).toEqual([...staffCommands].sort());
  });

  it('covers every facilitator-only action of the permission table with a command or the REST report', () => {
    const covered = new Set([...staffCommands.map((name) => HANDLERS[name].action), ...REST_ONLY]);
    expect([...covered].sort()).toEqual(ACTIONS.filter(onlyStaff).sort());
  });

  it("admits, for each command, exactly the roles its action's permission row names", () => {
    for (const name of COMMAND_NAMES)
      expect([...ADMITTED[HANDLERS[name].by]].sort(), name).toEqual(rolesOf(HANDLERS[name].action).sort());
  });

  it.each(Object.entries(ROWS) as Array<[CommandName, Row]>)(
    '%s: refused for everyone else on every channel, then done by the facilitator',
    async (event, row) => {
      const before = await snapshot();
      for (const [who, socket, payload] of await attempts(event, row)) {
        expect(await emit(socket, event, payload), `${who} ${event}`).toMatchObject({
          ok: false,
          error: 'forbidden',
        });
      }
      await forgeYjsWrite(row.touches);
      expect(await snapshot()).toBe(before);

      const done = await emit(m.fac, event, await payloadOf(event, row));
      expect(done, `facilitator ${event}`).toMatchObject({ ok: true });
      const after = await snapshot();
      expect(after).not.toBe(before);

      // A replay of the facilitator's exact message (its command id too) by anyone else is refused.
      for (const [who, socket, payload] of (await attempts(event, row)).filter(([w]) => !w.includes('role field'))) {
        expect(await emit(socket, event, payload), `${who} replaying ${event}`).toMatchObject({
          ok: false,
          error: 'forbidden',
        });
      }
      expect(await snapshot()).toBe(after);
    },
  );

  it("report.read: REST refuses no key, a participant token, another workshop's key and a forged one; the facilitator reads it", async () => {
    const before = await snapshot();
    expect((await fetchReport(server, m.code, 'json')).status).toBe(401);
    for (const key of [m.ana.token, other.facilitatorKey, `${m.facilitatorKey}x`, 'facilitator'])
      expect((await fetchReport(server, m.code, 'json', key)).status).toBe(403);
    const ok = await fetchReport(server, m.code, 'json', m.facilitatorKey);
    expect(ok.status).toBe(200);
    expect(await snapshot()).toBe(before);
  });

  it("design.export: REST refuses no key, a participant token, another workshop's key and a forged one, for export and duplicate", async () => {
    const before = await snapshot();
    const design = (key?: string, how: 'design' | 'duplicate' = 'design') =>
      fetch(`${server.url}/api/workshops/${m.code}/${how}`, {
        method: how === 'design' ? 'GET' : 'POST',
        headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
      });
    for (const how of ['design', 'duplicate'] as const) {
      expect((await design(undefined, how)).status).toBe(401);
      for (const key of [m.ana.token, other.facilitatorKey, `${m.facilitatorKey}x`, 'facilitator'])
        expect((await design(key, how)).status).toBe(403);
    }
    expect((await design(m.facilitatorKey)).status).toBe(200);
    expect(await snapshot()).toBe(before);
  });

  it("another workshop's facilitator key does not open this workshop, and its own commands stay in its own workshop", async () => {
    await expect(
      connectSocket(server.url, { code: m.code, client: 'facilitate', facilitatorKey: other.facilitatorKey }),
    ).rejects.toThrow('unauthorized');
    const before = await snapshot();
    const theirs = await connectSocket(server.url, {
      code: other.code,
      client: 'facilitate',
      facilitatorKey: other.facilitatorKey,
    });
    expect((await send(theirs.socket, 'agenda:enter', { segmentId: 'closing', activityId: null })).ok).toBe(true);
    expect(await snapshot()).toBe(before);
    theirs.socket.close();
    await waitFor(
      async () => (await server.server.hub.get(other.code))?.state.pub.room.live.segmentId === 'closing',
      'the other workshop to move',
    );
  });
});
