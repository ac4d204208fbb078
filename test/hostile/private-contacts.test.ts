/**
 * A commitment's contact (attack 8: emails and phones in the public document, readable without
 * joining). The contact person's name is public; how to reach them is private state, told to the
 * facilitators and to the proposer, and in the report; never in the document, never to others.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommitmentId } from '../../shared/model.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, openReplica, send, type TestSocket } from '../helpers/clients.ts';
import { fetchReport, openMeeting, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
let m: Meeting | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  m?.close();
  await server?.close();
});

type Told = Array<Record<CommitmentId, string>>;

/** Every `commitments:contacts` a socket is told, from its first. */
function listen(socket: TestSocket): Told {
  const told: Told = [];
  socket.on('commitments:contacts', (d) => told.push(d));
  return told;
}

describe('commitment contacts', () => {
  it('keep the name public and how to reach them for the facilitators, the proposer and the report', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    const meeting = m;
    const fac = listen(meeting.fac);
    const ana = listen(meeting.ana.socket);
    const ben = listen(meeting.ben.socket);
    const { socket: follower } = await connectSocket(server.url, { code: meeting.code, client: 'follow' });
    sockets.push(follower);
    const followerTold = listen(follower);
    await meeting.enter('session-3', 's3-roles');
    okValue(
      await send(meeting.ana.socket, 'commitment:propose', {
        id: 'k-1',
        boardId: 'roles',
        kind: 'Finance',
        text: 'Pilot a revolving fund',
        contact: 'Ana Lima',
        contactDetails: 'ana@example.org, +351 912 345 678',
        followUp: null,
      }),
    );
    const details = 'ana@example.org, +351 912 345 678';
    await waitFor(() => fac.at(-1)?.['k-1'] === details, 'the facilitator told how to reach the contact');
    await waitFor(() => ana.at(-1)?.['k-1'] === details, 'the proposer told it too');

    const fresh = await openReplica(server.url, meeting.code);
    expect(fresh.state().commitments['k-1']?.contact).toBe('Ana Lima');
    const bytes = Buffer.from(Y.encodeStateAsUpdate(fresh.doc)).toString('latin1');
    fresh.destroy();
    expect(bytes).toContain('Ana Lima');
    for (const secret of ['ana@example.org', '912 345']) expect(bytes).not.toContain(secret);

    okValue(await send(meeting.fac, 'commitment:edit', { id: 'k-1', contactDetails: 'ana@coop.example' }));
    await waitFor(() => ana.at(-1)?.['k-1'] === 'ana@coop.example', 'the proposer told of the facilitator’s edit');
    const report = await (await fetchReport(server, meeting.code, 'md', meeting.facilitatorKey)).text();
    expect(report).toContain('Ana Lima · ana@coop.example');
    // Nobody else was ever told: another participant and a follow screen, on connect or after.
    for (const told of [ben, followerTold]) expect(JSON.stringify(told)).not.toContain('example');
  });
});
