/**
 * Ids become keys of plain objects, so `__proto__`, `constructor`, `prototype` and every other
 * inherited name are refused by the schema on every command that carries an id, by everyone who
 * may send it; nothing changes, and the report keeps answering, also after a restart and also
 * when such an id is already on disk.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import type { PublicState } from '../../shared/model.ts';
import type { CommandName } from '../../shared/commands.ts';
import { connectSocket, joinAs, openReplica, send, type TestSocket } from '../helpers/clients.ts';
import { fetchReport, openMeeting, scriptWorkshop, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let meeting: Meeting | null = null;
afterEach(async () => {
  meeting?.close();
  meeting = null;
  await server?.close();
});

type Sender = 'fac' | 'ana';
/** A command, who may send it, and its payload with `id` in one of its id fields. */
type Row = [event: CommandName, sender: Sender, payload: (id: string) => unknown];

const text = 'A note';
const ROWS: Row[] = [
  ['agenda:enter', 'fac', (id) => ({ segmentId: id })],
  ['agenda:enter', 'fac', (id) => ({ segmentId: 'session-3', activityId: id })],
  ['agenda:edit', 'fac', (id) => ({ op: 'segment.remove', segmentId: id })],
  ['agenda:edit', 'fac', (id) => ({ op: 'segment.update', segmentId: id, patch: { title: 'T' } })],
  ['agenda:edit', 'fac', (id) => ({ op: 'activity.remove', segmentId: 'session-3', activityId: id })],
  [
    'agenda:edit',
    'fac',
    (id) => ({
      op: 'activity.add',
      segmentId: 'session-3',
      index: 0,
      activity: { id, title: 'Extra', minutes: 5, config: {} },
    }),
  ],
  ['note:add', 'ana', (id) => ({ id, boardId: 'challenges', column: 'Costs and finance', text })],
  ['note:add', 'fac', (id) => ({ id, boardId: 'challenges', column: 'Costs and finance', text })],
  ['note:add', 'ana', (id) => ({ id: 'n-new', boardId: id, column: 'Costs and finance', text })],
  ['note:edit', 'ana', (id) => ({ noteId: id, text })],
  ['note:edit', 'fac', (id) => ({ noteId: id, text })],
  ['note:edit', 'ana', (id) => ({ noteId: 'ch-1', text, commandId: id })],
  ['note:delete', 'ana', (id) => ({ noteId: id })],
  ['note:hide', 'fac', (id) => ({ noteId: id })],
  ['notes:move', 'fac', (id) => ({ noteIds: [id], groupId: null })],
  ['notes:move', 'fac', (id) => ({ noteIds: ['ch-1'], groupId: id })],
  ['group:create', 'fac', (id) => ({ id, boardId: 'challenges', title: 'G' })],
  ['group:create', 'fac', (id) => ({ id: 'g-new', boardId: id, title: 'G' })],
  ['group:rename', 'fac', (id) => ({ groupId: id, title: 'G' })],
  ['group:delete', 'fac', (id) => ({ groupId: id })],
  ['board:mode', 'fac', (id) => ({ boardId: id, mode: 'open' })],
  ['board:reveal', 'fac', (id) => ({ boardId: id })],
  ['vote:open', 'fac', (id) => ({ boardId: id, budget: 3, allowStacking: false })],
  ['vote:close', 'fac', (id) => ({ boardId: id })],
  ['vote:cast', 'ana', (id) => ({ boardId: id, noteId: 'ch-1' })],
  ['vote:cast', 'ana', (id) => ({ boardId: 'challenges', noteId: id })],
  ['vote:retract', 'ana', (id) => ({ boardId: 'challenges', noteId: id })],
  ['focus:set', 'fac', (id) => ({ focus: { kind: 'board', boardId: id } })],
  ['focus:set', 'fac', (id) => ({ focus: { kind: 'note', boardId: 'challenges', noteId: id } })],
  ['focus:set', 'fac', (id) => ({ focus: { kind: 'group', boardId: 'challenges', groupId: id } })],
  ['review:set', 'fac', (id) => ({ boardId: id, status: 'open' })],
  ['review:set', 'fac', (id) => ({ boardId: 'expectations', currentNoteId: id })],
  ['expectation:rate', 'ana', (id) => ({ noteId: id, rating: 'met' })],
  ['expectation:verdict', 'fac', (id) => ({ noteId: id, verdict: 'met', action: null })],
  ['people:promote', 'fac', (id) => ({ participantId: id })],
  ['people:demote', 'fac', (id) => ({ participantId: id })],
  ['people:kick', 'fac', (id) => ({ participantId: id })],
  ['question:ask', 'ana', (id) => ({ id, boardId: 'questions', text: 'Why?' })],
  ['question:ask', 'ana', (id) => ({ id: 'q-new', boardId: id, text: 'Why?' })],
  ['question:upvote', 'ana', (id) => ({ id, up: true })],
  ['question:moderate', 'fac', (id) => ({ id, status: 'answered' })],
  [
    'commitment:propose',
    'ana',
    (id) => ({ id, boardId: 'roles', kind: 'Finance', text: 'A fund', contact: '', followUp: null }),
  ],
  [
    'commitment:propose',
    'ana',
    (id) => ({ id: 'k-new', boardId: 'roles', kind: 'Finance', text: 'A fund', linkedNoteIds: [id] }),
  ],
  ['commitment:confirm', 'fac', (id) => ({ id })],
  ['commitment:edit', 'fac', (id) => ({ id, text: 'Edited' })],
  ['commitment:edit', 'fac', (id) => ({ id: 'k-1', linkedNoteIds: [id] })],
  ['commitment:remove', 'fac', (id) => ({ id })],
  ['roles:setRows', 'fac', (id) => ({ boardId: id, organisations: ['Ana Coop'] })],
  ['roles:setColumns', 'fac', (id) => ({ boardId: id, columns: ['Finance'] })],
  ['roles:importOrganisations', 'fac', (id) => ({ boardId: id })],
];

const RESERVED = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

/** The public state of `code` as a freshly started server on the same data reads it. */
async function startAndRead(code: string): Promise<PublicState> {
  const reader = await startTestServer({ dataDir: server.dataDir });
  try {
    return await reader.publicState(code);
  } finally {
    await reader.close();
  }
}

async function reportAnswers(code: string, key: string): Promise<number[]> {
  const statuses: number[] = [];
  for (const format of ['json', 'md', 'csv', 'html'])
    statuses.push((await fetchReport(server, code, format, key)).status);
  return statuses;
}

describe('reserved names as ids', () => {
  it('are refused on every command with an id, by anyone who may send it, and nothing changes', async () => {
    server = await startTestServer();
    meeting = await openMeeting(server);
    await scriptWorkshop(meeting);
    const m = meeting;
    const before = await m.serverState();
    // A fresh socket (and for participant commands a fresh participant) per row, so the flood
    // allowance of one client never answers in place of the schema.
    const senderFor = async (sender: Sender, i: number): Promise<TestSocket> =>
      sender === 'fac'
        ? (await connectSocket(server.url, { code: m.code, client: 'facilitate', facilitatorKey: m.facilitatorKey }))
            .socket
        : (await joinAs(server.url, m.code, `Sender ${i}`)).socket;

    const answers: string[] = [];
    for (const [i, [event, sender, payload]] of ROWS.entries()) {
      const socket = await senderFor(sender, i);
      for (const id of RESERVED) {
        const r = await send(socket, event, payload(id) as never);
        answers.push(`${event} ${JSON.stringify(payload(id))}: ${r.ok ? 'ok' : r.error}`);
      }
      socket.close();
    }
    expect(answers.filter((a) => !a.endsWith(': bad_request'))).toEqual([]);
    expect(await m.serverState()).toEqual(before);
    expect(await reportAnswers(m.code, m.facilitatorKey)).toEqual([200, 200, 200, 200]);

    server = await server.restart();
    expect(await reportAnswers(m.code, m.facilitatorKey)).toEqual([200, 200, 200, 200]);
  });

  it('the same payloads with an ordinary id pass the schema (so the refusal above is the id)', async () => {
    server = await startTestServer();
    meeting = await openMeeting(server);
    await scriptWorkshop(meeting);
    const senders: Record<Sender, TestSocket> = { fac: meeting.fac, ana: meeting.ana.socket };
    const refusedBySchema: string[] = [];
    for (const [event, sender, payload] of ROWS) {
      const r = await send(senders[sender], event, payload('zz-ordinary') as never);
      if (!r.ok && r.error === 'bad_request' && !r.detail?.includes('column'))
        refusedBySchema.push(`${event}: ${r.detail}`);
    }
    expect(refusedBySchema).toEqual([]);
  });

  it('a database that already holds such ids still loads, syncs and reports', async () => {
    server = await startTestServer();
    meeting = await openMeeting(server);
    await scriptWorkshop(meeting);
    const { code, facilitatorKey } = meeting;
    meeting.close();
    meeting = null;
    await server.close();

    // Written the way an older server would have: straight into the document and the private rows.
    const doc = new Y.Doc();
    const evil = { id: undefined, boardId: 'challenges', text: 'stored before ids were checked' };
    doc.getMap('notes').set('constructor', evil);
    doc.getMap('notes').set('__proto__', evil);
    doc.getMap('commitments').set('k-evil', {
      ...(await startAndRead(code)).commitments['k-1'],
      id: 'k-evil',
      linkedNoteIds: ['constructor', '__proto__', 'toString'],
    });
    const row = (collection: string, id: string, value: unknown) => ({ collection, id, json: JSON.stringify(value) });
    const store = createSqliteStore(server.dataDir);
    const { version } = await store.loadDoc(code);
    await store.commitBatch([
      {
        code,
        version,
        commit: {
          docUpdate: Y.encodeStateAsUpdate(doc),
          privateChanges: [
            row('participants', 'constructor', { cofacilitator: true }),
            row('participants', '__proto__', { name: 'Proto', removedAt: 1 }),
            row('ballots', 'toString', { boardId: 'challenges', noteIds: ['constructor'] }),
          ],
          command: null,
        },
      },
    ]);
    await store.close();

    server = await startTestServer({ dataDir: server.dataDir });
    expect(await reportAnswers(code, facilitatorKey)).toEqual([200, 200, 200, 200]);
    const report = await (await fetchReport(server, code, 'json', facilitatorKey)).json();
    expect(JSON.stringify(report)).not.toContain('stored before ids were checked');
    expect((await fetch(`${server.url}/api/workshops/${code}`)).status).toBe(200);
    const replica = await openReplica(server.url, code);
    expect(Object.hasOwn(replica.state().notes, 'ch-1')).toBe(true);
    expect(Object.getPrototypeOf(replica.state().notes)).toBe(Object.prototype);
    replica.destroy();
    const { socket } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
    expect((await send(socket, 'note:hide', { noteId: 'ch-1' })).ok).toBe(true);
    socket.close();
  });
});
