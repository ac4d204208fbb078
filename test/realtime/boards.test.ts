/** Two participants and a facilitator on a real server: ownership, grouping, undo and the spotlight. */
import { describe, expect, it } from 'vitest';
import { connectSocket, openReplica, send } from '../helpers/clients.ts';
import { noteInput, okValue, boardRoomPerTest } from '../helpers/board-room.ts';
import { waitFor } from '../helpers/wait.ts';

const rooms = boardRoomPerTest();

describe('notes between two participants', () => {
  it("refuses edits, moves and deletes of another's note and leaves the document unchanged", async () => {
    const room = await rooms.open();
    expect(okValue(await send(room.ana.socket, 'note:add', noteInput('ana-1', 'Access to finance')))).toEqual({
      id: 'ana-1',
      held: false,
    });
    await waitFor(() => room.replica.state().notes['ana-1'], "Ben's replica to show Ana's note");
    const before = await room.serverState();

    const attempts = [
      ['note:edit', await send(room.ben.socket, 'note:edit', { noteId: 'ana-1', text: 'vandalised' })],
      ['note:edit column', await send(room.ben.socket, 'note:edit', { noteId: 'ana-1', column: 'Costs and finance' })],
      [
        'notes:move',
        await send(room.ben.socket, 'notes:move', { noteIds: ['ana-1'], groupId: null, column: 'Costs and finance' }),
      ],
      ['note:delete', await send(room.ben.socket, 'note:delete', { noteId: 'ana-1' })],
      ['note:hide', await send(room.ben.socket, 'note:hide', { noteId: 'ana-1' })],
    ] as const;
    expect(attempts.map(([name, r]) => [name, r.ok ? 'ok' : r.error])).toEqual([
      ['note:edit', 'not_owner'],
      ['note:edit column', 'not_owner'],
      ['notes:move', 'forbidden'],
      ['note:delete', 'not_owner'],
      ['note:hide', 'forbidden'],
    ]);
    expect(await room.serverState()).toEqual(before);

    okValue(await send(room.ana.socket, 'note:edit', { noteId: 'ana-1', text: 'Access to trade finance' }));
    await waitFor(
      () => room.replica.state().notes['ana-1']?.text === 'Access to trade finance',
      'the author’s edit to reach the replica',
    );
  });

  it('refuses writing on a locked board, and bad input, with stable codes', async () => {
    const room = await rooms.open('locked');
    expect(await send(room.ana.socket, 'note:add', noteInput('n1'))).toEqual({ ok: false, error: 'board_locked' });
    expect(await send(room.ana.socket, 'note:add', noteInput('n2', ' '.repeat(3)))).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(await send(room.ana.socket, 'note:add', { ...noteInput('n3'), text: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(await send(room.ana.socket, 'note:add', null as never)).toMatchObject({ ok: false, error: 'bad_request' });
    expect(
      await send(room.ana.socket, 'vote:open', { boardId: 'challenges', budget: 3, allowStacking: false }),
    ).toEqual({ ok: false, error: 'forbidden' });
    expect(Object.keys((await room.serverState()).notes)).toEqual([]);
  });
});

describe('the facilitator', () => {
  it('groups selected notes, deletes the group, and undoes it', async () => {
    const room = await rooms.open();
    for (const [who, id] of [
      [room.ana, 'a1'],
      [room.ana, 'a2'],
      [room.ben, 'b1'],
    ] as const)
      okValue(await send(who.socket, 'note:add', noteInput(id)));
    okValue(await send(room.fac, 'group:create', { id: 'g1', boardId: 'challenges', title: 'Finance' }));
    expect(okValue(await send(room.fac, 'notes:move', { noteIds: ['a1', 'b1'], groupId: 'g1' }))).toEqual({ moved: 2 });
    await waitFor(() => room.replica.state().notes.b1?.groupId === 'g1', 'the move to reach the replica');
    const grouped = await room.serverState();

    okValue(await send(room.fac, 'group:delete', { groupId: 'g1' }));
    await waitFor(
      () => !room.replica.state().groups.g1 && room.replica.state().notes.a1?.groupId === null,
      'the group to go',
    );
    expect(okValue(await send(room.fac, 'undo:last', {}))).toEqual({ label: 'group:delete' });
    await waitFor(() => room.replica.state().notes.a1?.groupId === 'g1', 'undo to bring the group back');
    expect((await room.serverState()).notes).toEqual(grouped.notes);
    expect((await room.serverState()).groups).toEqual(grouped.groups);

    okValue(await send(room.fac, 'note:delete', { noteId: 'b1' }));
    okValue(await send(room.fac, 'note:hide', { noteId: 'a2' }));
    expect(okValue(await send(room.fac, 'undo:last', {})).label).toBe('note:hide');
    expect(okValue(await send(room.fac, 'undo:last', {})).label).toBe('note:delete');
    await waitFor(
      () => room.replica.state().notes.b1 && room.replica.state().notes.a2,
      'hidden and deleted notes to come back',
    );
    expect(await send(room.ana.socket, 'undo:last', {})).toEqual({ ok: false, error: 'forbidden' });
  });

  it('puts a note in the spotlight for the follow screen', async () => {
    const room = await rooms.open();
    okValue(await send(room.ana.socket, 'note:add', noteInput('a1')));
    const { socket: follower } = await connectSocket(rooms.server().url, { code: room.code, client: 'follow' });
    const follow = await openReplica(rooms.server().url, room.code);
    try {
      okValue(await send(room.fac, 'focus:set', { focus: { kind: 'note', boardId: 'challenges', noteId: 'a1' } }));
      await waitFor(() => follow.state().room.focus?.kind === 'note', 'the follow replica to see the spotlight');
      expect(follow.state().room.focus).toEqual({ kind: 'note', boardId: 'challenges', noteId: 'a1' });
      expect(await send(follower, 'focus:set', { focus: null })).toEqual({ ok: false, error: 'forbidden' });
      expect(
        await send(room.fac, 'focus:set', { focus: { kind: 'note', boardId: 'challenges', noteId: 'nope' } }),
      ).toEqual({ ok: false, error: 'not_found' });
    } finally {
      follower.close();
      follow.destroy();
    }
  });
});
