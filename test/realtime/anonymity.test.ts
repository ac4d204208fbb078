/**
 * An anonymous board on the real server: people write (held, revealed, edited, moved, voted,
 * spotlighted, reacted to) while every frame every screen receives is kept, Socket.IO packets
 * and Yjs updates (full, follow and low-data replicas), decoded. No frame and no report format
 * puts a writer's name, organisation or id beside their note; ownership still works, after a
 * restart too; the switch is refused once notes exist. A named board beside it is the control:
 * its author does reach the replicas, so the capture would see a leak.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANONYMOUS_AUTHOR } from '../../shared/anonymity.ts';
import type { PublicState } from '../../shared/model.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, newToken, openReplica, send, type NodeReplica, type TestSocket } from '../helpers/clients.ts';
import { fetchReport } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

interface Writer {
  name: string;
  organisation: string;
  token: string;
  participantId: string;
  socket: TestSocket;
  /** Every packet this socket received, as JSON. */
  frames: string[];
}

let server: TestServer;
let code: string;
let key: string;
const sockets: Record<string, { socket: TestSocket; frames: string[] }> = {};
const replicas: Record<string, { replica: NodeReplica; frames: string[] }> = {};
let ana: Writer;
let cy: Writer;
let ben: Writer;

const note = (id: string, boardId: string, column: string) => ({ id, boardId, column, text: `Text of ${id}` });
const CH = 'Markets and trade';

async function screen(name: string, auth: Parameters<typeof connectSocket>[1]) {
  const frames: string[] = [];
  const { socket } = await connectSocket(server.url, auth, { onPacket: (p) => frames.push(JSON.stringify(p)) });
  sockets[name] = { socket, frames };
  return { socket, frames };
}

async function writer(name: string, token = newToken()): Promise<Writer> {
  const { socket, frames } = await screen(name, { code, client: 'participant', participantToken: token });
  const organisation = `${name.split(' ')[0]} Cooperative Union`;
  const joined = okValue(await send(socket, 'session:join', { name, organisation, attendance: 'room', token }));
  return { name, organisation, token, participantId: joined.participantId, socket, frames };
}

async function replica(name: string, params: Record<string, string>) {
  const frames: string[] = [];
  const doc = new Y.Doc();
  // Every update the replica applies, the first sync included, decoded into its structs.
  doc.on('update', (u: Uint8Array) => frames.push(JSON.stringify(Y.decodeUpdate(u))));
  replicas[name] = { replica: await openReplica(server.url, code, params, undefined, 5000, doc), frames };
}

const secrets = (w: Writer) => [w.name, w.organisation, w.participantId];
const mentions = (text: string, ids: readonly string[]) => ids.some((id) => text.includes(`"${id}"`));

beforeAll(async () => {
  server = await startTestServer();
  ({ code, facilitatorKey: key } = await server.createWorkshop('ilo-coop-2018'));
  await screen('facilitator', { code, client: 'facilitate', facilitatorKey: key });
  await screen('projector', { code, client: 'screen' });
  await screen('follower', { code, client: 'follow' });
  ana = await writer('Ana Anonyma');
  cy = await writer('Cy Cipher');
  ben = await writer('Ben Named');
  await replica('full', {});
  await replica('follow', { client: 'follow' });
  await replica('low', { client: 'follow', view: 'low' });
}, 60_000);

afterAll(async () => {
  for (const { socket } of Object.values(sockets)) socket.close();
  for (const { replica } of Object.values(replicas)) replica.destroy();
  await server?.close();
});

const fac = () => sockets.facilitator!.socket;

describe('an anonymous board in use', () => {
  it('is made anonymous before writing opens', async () => {
    okValue(await send(fac(), 'board:anonymous', { boardId: 'challenges', anonymous: true }));
    okValue(await send(fac(), 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' }));
    expect((await server.publicState(code)).boards.challenges).toMatchObject({ anonymous: true, mode: 'private' });
  });

  it('takes held notes that only their authors can change', async () => {
    for (const [w, id] of [
      [ana, 'anon-ana-1'],
      [ana, 'anon-ana-2'],
      [cy, 'anon-cy-1'],
    ] as const)
      expect(okValue(await send(w.socket, 'note:add', note(id, 'challenges', CH)))).toEqual({ id, held: true });
    okValue(await send(fac(), 'note:add', note('anon-fac-1', 'challenges', CH)));
    okValue(await send(ben.socket, 'note:add', note('named-ben-1', 'opportunities', 'Partnerships')));
    okValue(await send(ana.socket, 'note:edit', { noteId: 'anon-ana-1', text: 'Held, then edited by Ana' }));
    expect(await send(ben.socket, 'note:edit', { noteId: 'anon-ana-1', text: 'x' })).toMatchObject({
      ok: false,
      error: 'not_found',
    });
  });

  it('reveals them without names; the authors still edit and delete their own, nobody else', async () => {
    okValue(await send(fac(), 'board:reveal', { boardId: 'challenges' }));
    okValue(await send(fac(), 'board:reveal', { boardId: 'opportunities' }));
    const shown = (await server.publicState(code)).notes;
    for (const id of ['anon-ana-1', 'anon-ana-2', 'anon-cy-1', 'anon-fac-1'])
      expect(shown[id]).toMatchObject({ authorId: ANONYMOUS_AUTHOR, authorName: '', organisation: '' });
    expect(shown['named-ben-1']).toMatchObject({ authorName: ben.name });
    okValue(await send(ana.socket, 'note:edit', { noteId: 'anon-ana-1', text: 'Shown, edited by Ana' }));
    for (const event of ['note:edit', 'note:delete'] as const)
      expect(await send(ben.socket, event, { noteId: 'anon-ana-1', text: 'mine now' })).toMatchObject({
        ok: false,
        error: 'not_owner',
      });
    okValue(await send(cy.socket, 'note:add', note('anon-cy-2', 'challenges', CH)));
    okValue(await send(cy.socket, 'note:delete', { noteId: 'anon-cy-1' }));
  });

  it('refuses the switch both ways once notes exist', async () => {
    expect(await send(fac(), 'board:anonymous', { boardId: 'challenges', anonymous: false })).toMatchObject({
      ok: false,
      error: 'anonymous_kept',
    });
    expect(await send(fac(), 'board:anonymous', { boardId: 'opportunities', anonymous: true })).toMatchObject({
      ok: false,
      error: 'anonymous_too_late',
    });
  });

  it('is grouped, moved, voted on, spotlighted and reacted to', async () => {
    okValue(await send(fac(), 'group:create', { id: 'g-anon', boardId: 'challenges', title: 'Prices' }));
    okValue(await send(fac(), 'notes:move', { noteIds: ['anon-ana-1', 'anon-cy-2'], groupId: 'g-anon' }));
    okValue(await send(fac(), 'agenda:enter', { segmentId: 'session-3', activityId: 's3-dot-vote' }));
    for (const w of [ana, cy, ben])
      for (const id of ['anon-ana-1', 'anon-cy-2'])
        okValue(await send(w.socket, 'vote:cast', { boardId: 'challenges', noteId: id }));
    okValue(await send(fac(), 'vote:close', { boardId: 'challenges' }));
    const focus = { kind: 'note', boardId: 'challenges', noteId: 'anon-ana-1' } as const;
    okValue(await send(fac(), 'focus:set', { focus }));
    okValue(
      await send(ben.socket, 'reaction:add', { target: { kind: 'note', noteId: 'anon-ana-1' }, reaction: 'agree' }),
    );
    const done = (s: PublicState) => s.votes.challenges?.status === 'closed' && s.room.focus?.kind === 'note';
    for (const { replica } of Object.values(replicas)) await waitFor(() => done(replica.state()), 'replicas caught up');
    expect(replicas.low!.replica.state().notes['anon-ana-1']?.text).toBe('Shown, edited by Ana');
  });

  it('tells each author, and only them, which anonymous notes are theirs', async () => {
    const owned = (w: Writer) => w.frames.filter((f) => f.includes('"notes:owned"')).at(-1);
    expect(owned(ana)).toContain('["anon-ana-1","anon-ana-2"]');
    expect(owned(cy)).toContain('["anon-cy-2"]');
    // Ben wrote nothing anonymous: told nothing, or an empty list.
    expect(owned(ben) ?? '[]').not.toContain('anon-');
  });

  it('puts no writer’s name, organisation or id in any Socket.IO frame beside their notes', () => {
    const theirs = new Map([
      [ana, ['anon-ana-1', 'anon-ana-2']],
      [cy, ['anon-cy-1', 'anon-cy-2']],
    ]);
    let checked = 0;
    for (const { frames } of Object.values(sockets))
      for (const frame of frames)
        for (const [w, ids] of theirs)
          if (mentions(frame, ids)) {
            checked++;
            for (const secret of secrets(w)) expect(frame).not.toContain(secret);
          }
    expect(checked).toBeGreaterThan(0);
    // The facilitator's count of held notes never named who held them on the anonymous board.
    for (const f of sockets.facilitator!.frames.filter((x) => x.includes('"notes:heldBy"')))
      for (const w of [ana, cy]) expect(f).not.toContain(w.participantId);
  });

  it('puts no writer’s name, organisation or id in any Yjs update, while the named board’s author is there', () => {
    for (const [name, { frames }] of Object.entries(replicas)) {
      const all = frames.join('\n');
      expect(frames.length, name).toBeGreaterThan(3);
      for (const secret of [...secrets(ana), ...secrets(cy)]) expect(all, name).not.toContain(secret);
    }
    expect(replicas.full!.frames.join('\n')).toContain(ben.name);
  });

  it('puts no writer in any report format', async () => {
    for (const format of ['md', 'csv', 'json', 'html']) {
      const body = await (await fetchReport(server, code, format, key)).text();
      expect(body, format).toContain('Shown, edited by Ana');
      expect(body, format).toContain(ben.name);
      for (const w of [ana, cy]) {
        expect(body, format).not.toContain(w.name);
        expect(body, format).not.toContain(w.participantId);
        // Attendance lists organisations; none is on the line of an anonymous note.
        for (const line of body.split('\n').filter((l) => l.includes('anon-') || l.includes('edited by Ana')))
          expect(line, format).not.toContain(w.organisation);
      }
      if (format !== 'json') expect(body, format).toContain('Anonymous');
    }
  });
});

describe('after a restart', () => {
  it('the board is still anonymous and its authors still own their notes', async () => {
    for (const { socket } of Object.values(sockets)) socket.close();
    server = await server.restart();
    expect((await server.publicState(code)).boards.challenges?.anonymous).toBe(true);
    const facilitator = await screen('facilitator', { code, client: 'facilitate', facilitatorKey: key });
    expect(
      await send(facilitator.socket, 'board:anonymous', { boardId: 'challenges', anonymous: false }),
    ).toMatchObject({ ok: false, error: 'anonymous_kept' });
    okValue(await send(facilitator.socket, 'board:mode', { boardId: 'challenges', mode: 'open' }));
    const back = await screen('ana-again', { code, client: 'participant', participantToken: ana.token });
    const benBack = await screen('ben-again', { code, client: 'participant', participantToken: ben.token });
    await waitFor(() => back.frames.some((f) => f.includes('"notes:owned"')), 'Ana told her notes again');
    expect(back.frames.find((f) => f.includes('"notes:owned"'))).toContain('["anon-ana-1","anon-ana-2"]');
    okValue(await send(back.socket, 'note:edit', { noteId: 'anon-ana-2', text: 'Edited after the restart' }));
    expect(await send(benBack.socket, 'note:edit', { noteId: 'anon-ana-2', text: 'x' })).toMatchObject({
      ok: false,
      error: 'not_owner',
    });
    expect((await server.publicState(code)).notes['anon-ana-2']).toMatchObject({
      text: 'Edited after the restart',
      authorName: '',
    });
  });
});
