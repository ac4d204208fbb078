/**
 * Every facilitator-only action in the permission table, tried by everyone else through every
 * channel (Socket.IO, REST, a Yjs write), plainly and forged: always refused, nothing changes.
 * Then the facilitator does the same and it works. An action without a row fails the test.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { PublicState } from '../../shared/model.ts';
import type { ClientToServerEvents } from '../../shared/protocol.ts';
import { ACTIONS, can, type Action } from '../../server/domain/permissions.ts';
import { connectSocket, openReplica, send, type TestSocket } from '../helpers/clients.ts';
import { fetchReport, openMeeting, scriptWorkshop, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

type Event = keyof ClientToServerEvents;
interface Row {
  event: Event;
  payload: unknown;
  /** The collection a forged Yjs write would have to change to get the same effect. */
  touches: keyof PublicState;
}

/** Run in this order on one scripted meeting: each facilitator success leaves the next row's precondition in place. */
const ROWS: Partial<Record<Action, Row>> = {
  'agenda.navigate': {
    event: 'agenda:enter',
    payload: { segmentId: 'session-3', activityId: 's3-grouping' },
    touches: 'room',
  },
  'timer.control': { event: 'timer:pause', payload: null, touches: 'room' },
  'room.display': { event: 'room:display', payload: { showDrift: false }, touches: 'room' },
  'agenda.edit': {
    event: 'agenda:edit',
    payload: {
      op: 'activity.update',
      segmentId: 'session-3',
      activityId: 's3-framing',
      patch: { title: 'Framing, edited' },
    },
    touches: 'room',
  },
  'board.control': { event: 'board:mode', payload: { boardId: 'challenges', mode: 'open' }, touches: 'boards' },
  'note.moderate': { event: 'note:hide', payload: { noteId: 'ch-2', commandId: 'hide-ch-2' }, touches: 'notes' },
  undo: { event: 'undo:last', payload: null, touches: 'notes' },
  'group.manage': {
    event: 'group:rename',
    payload: { groupId: 'g-cost', title: 'Cost of certification' },
    touches: 'groups',
  },
  'vote.control': {
    event: 'vote:open',
    payload: { boardId: 'challenges', budget: 3, allowStacking: false },
    touches: 'votes',
  },
  'focus.set': {
    event: 'focus:set',
    payload: { focus: { kind: 'note', boardId: 'challenges', noteId: 'ch-1' } },
    touches: 'room',
  },
  'commitment.manage': {
    event: 'commitment:confirm',
    payload: { id: 'k-2' },
    touches: 'commitments' as keyof PublicState,
  },
  'roles.edit': {
    event: 'roles:importOrganisations',
    payload: { boardId: 'roles' },
    touches: 'roleMatrices' as keyof PublicState,
  },
  'expectation.review': {
    event: 'expectation:verdict',
    payload: { noteId: 'exp-1', verdict: 'partly', action: null },
    touches: 'notes',
  },
  'question.moderate': {
    event: 'question:moderate',
    payload: { id: 'q-2', status: 'answered' },
    touches: 'questions' as keyof PublicState,
  },
  'people.manage': { event: 'people:promote', payload: { participantId: '$ben' }, touches: 'room' },
};
/** Actions that have no Socket.IO event: the report is REST only. */
const REST_ONLY: Action[] = ['report.read'];

const facilitatorOnly = ACTIONS.filter(
  (a) => can('facilitator', a) && !(['participant', 'follower', 'guest'] as const).some((r) => can(r, a)),
);

let server: TestServer;
let m: Meeting;
let other: { code: string; facilitatorKey: string };
const outsiders: Record<string, TestSocket> = {};

beforeAll(async () => {
  server = await startTestServer();
  m = await openMeeting(server);
  await scriptWorkshop(m);
  other = await server.createWorkshop();
  outsiders.follower = (await connectSocket(server.url, { code: m.code, client: 'follow' })).socket;
  outsiders.screen = (await connectSocket(server.url, { code: m.code, client: 'screen' })).socket;
  outsiders.guest = (await connectSocket(server.url, { code: m.code, client: 'participant' })).socket;
}, 60_000);
afterAll(async () => {
  for (const s of Object.values(outsiders)) s.close();
  m?.close();
  await server?.close();
});

async function snapshot(): Promise<string> {
  const w = (await server.server.hub.get(m.code))!;
  return JSON.stringify(w.state);
}

function payloadOf(row: Row): unknown {
  return JSON.parse(JSON.stringify(row.payload).replace('"$ben"', JSON.stringify(m.ben.participantId)));
}

const emit = (s: TestSocket, event: Event, payload: unknown) => send(s, event as 'clock:ping', payload as null);

/** Everyone but the facilitator, each with the plain message and its forged variants. */
async function attempts(row: Row): Promise<Array<[string, TestSocket, unknown]>> {
  const p = payloadOf(row);
  const plain: Array<[string, TestSocket, unknown]> = [
    ['participant', m.ana.socket, p],
    ['follower', outsiders.follower!, p],
    ['projector', outsiders.screen!, p],
    ['unauthenticated socket', outsiders.guest!, p],
  ];
  // A command without input has no object to smuggle a role into.
  if (p === null) return plain;
  const forged = {
    ...(p as object),
    role: 'facilitator',
    facilitator: true,
    facilitatorKey: other.facilitatorKey,
    code: other.code,
  };
  return [
    ...plain,
    ['participant with a role field', m.ana.socket, forged],
    ['remote participant with a role field', m.rem.socket, forged],
    ['unauthenticated socket with a role field', outsiders.guest!, forged],
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
  it('has a row for every facilitator-only action in the permission table', () => {
    const covered = [...Object.keys(ROWS), ...REST_ONLY].sort();
    expect(covered).toEqual([...facilitatorOnly].sort());
  });

  it.each(Object.entries(ROWS))(
    '%s: refused for everyone else on every channel, then done by the facilitator',
    async (_action, row) => {
      const before = await snapshot();
      for (const [who, socket, payload] of await attempts(row)) {
        expect(await emit(socket, row.event, payload), `${who} ${row.event}`).toMatchObject({
          ok: false,
          error: 'forbidden',
        });
      }
      await forgeYjsWrite(row.touches);
      expect(await snapshot()).toBe(before);

      const done = await emit(m.fac, row.event, payloadOf(row));
      expect(done, `facilitator ${row.event}`).toMatchObject({ ok: true });
      const after = await snapshot();
      expect(after).not.toBe(before);

      // A replay of the facilitator's exact message by anyone else is refused too.
      for (const [who, socket] of (await attempts(row)).filter(([w]) => !w.includes('role field'))) {
        expect(await emit(socket, row.event, payloadOf(row)), `${who} replaying ${row.event}`).toMatchObject({
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
