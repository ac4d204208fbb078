/** Commitments through the real server: a participant proposes for their own organisation only; only the facilitator manages. */
import { afterEach, describe, expect, it } from 'vitest';
import { okValue } from '../helpers/board-room.ts';
import { send } from '../helpers/clients.ts';
import { openMeeting, type Meeting } from '../helpers/meeting.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

let server: TestServer;
let m: Meeting;
afterEach(async () => {
  m?.close();
  await server?.close();
});

const proposal = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  boardId: 'roles',
  kind: 'Tools',
  text: 'A shared product catalogue',
  contact: 'x@example.org',
  followUp: '2018-09-01',
  linkedNoteIds: [],
  ...extra,
});

describe('commitments in the roles activity', () => {
  it('a proposal is owned by the proposer’s organisation and reaches every replica; the facilitator confirms it', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-3', 's3-roles');
    // An organisation smuggled into the payload is not part of the schema: the server uses the proposer's own.
    expect(
      await send(m.ana.socket, 'commitment:propose', { ...proposal('k1'), organisation: 'Ben Coop' } as never),
    ).toEqual({ ok: true, value: { id: 'k1' } });
    await waitFor(() => m.replica.state().commitments.k1, 'the proposal to reach the replica');
    expect(m.replica.state().commitments.k1).toMatchObject({
      organisation: 'Ana Coop',
      status: 'proposed',
      proposedBy: m.ana.participantId,
    });
    expect(m.replica.state().roleMatrices.roles?.organisations).toEqual(['Ana Coop']);

    okValue(await send(m.fac, 'commitment:confirm', { id: 'k1' }));
    await waitFor(
      () => m.replica.state().commitments.k1?.status === 'confirmed',
      'the confirmation to reach the replica',
    );
    expect(okValue(await send(m.fac, 'roles:importOrganisations', { boardId: 'roles' }))).toEqual({ added: 2 });
  });

  it('a participant cannot confirm, edit or remove commitments, nor edit the matrix: forbidden, and nothing changes', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('session-3', 's3-roles');
    okValue(await send(m.ana.socket, 'commitment:propose', proposal('k1')));
    const before = await m.serverState();
    const attempts = await Promise.all([
      send(m.ben.socket, 'commitment:confirm', { id: 'k1' }),
      send(m.ben.socket, 'commitment:edit', { id: 'k1', text: 'vandalised' }),
      send(m.ben.socket, 'commitment:remove', { id: 'k1' }),
      send(m.ana.socket, 'commitment:confirm', { id: 'k1' }),
      send(m.ben.socket, 'roles:setRows', { boardId: 'roles', organisations: [] }),
      send(m.ben.socket, 'roles:setColumns', { boardId: 'roles', columns: ['Mine'] }),
    ]);
    expect(attempts).toEqual(Array(6).fill({ ok: false, error: 'forbidden' }));
    expect(await m.serverState()).toEqual(before);
  });

  it('the facilitator cannot propose as a participant, a locked board refuses, and bad input gets bad_request', async () => {
    server = await startTestServer();
    m = await openMeeting(server);
    await m.enter('closing', 'closing-next-steps');
    expect(await send(m.fac, 'commitment:propose', proposal('k1'))).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(m.ana.socket, 'commitment:propose', proposal('k1'))).toEqual({
      ok: false,
      error: 'board_locked',
    });
    expect(await send(m.ana.socket, 'commitment:propose', proposal('k2', { text: 'x'.repeat(301) }))).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(await send(m.ana.socket, 'commitment:propose', null as never)).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect((await m.serverState()).commitments).toEqual({});
  });
});
