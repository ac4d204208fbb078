/** Dot voting on a real server: the budget holds under concurrent casts; dots stay private until close. */
import { describe, expect, it } from 'vitest';
import type { NoteId } from '../../shared/model.ts';
import { noteInput, okValue, boardRoomPerTest } from '../helpers/board-room.ts';
import { connectSocket, send } from '../helpers/clients.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

const rooms = boardRoomPerTest();

describe('dot voting', () => {
  it('accepts exactly 5 of 20 concurrent casts against a budget of 5, from four tabs of one participant', async () => {
    const room = await rooms.open();
    const ids = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8'];
    for (const id of ids) okValue(await send(room.ben.socket, 'note:add', noteInput(id)));
    okValue(await send(room.fac, 'vote:open', { boardId: 'challenges', budget: 5, allowStacking: true }));

    const tabs = [room.ana.socket];
    for (let i = 0; i < 3; i++)
      tabs.push(
        (
          await connectSocket(rooms.server().url, {
            code: room.code,
            client: 'participant',
            participantToken: room.ana.token,
          })
        ).socket,
      );
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(tabs[i % tabs.length]!, 'vote:cast', { boardId: 'challenges', noteId: ids[i % ids.length]! }),
      ),
    );
    for (const tab of tabs.slice(1)) tab.close();
    const accepted = results.filter((r) => r.ok);
    expect(accepted).toHaveLength(5);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(Array(15).fill('vote_budget_spent'));
    expect(accepted.map((r) => r.ok && r.value.remaining).sort()).toEqual([0, 1, 2, 3, 4]);
    await waitFor(() => room.replica.state().votes.challenges?.dotsCast === 5, 'dotsCast 5 on the replica');
    expect(room.replica.state().votes.challenges!.results).toBeNull();
  });

  it('tells the voter their dots, lets them retract, and publishes ordered results at close', async () => {
    const room = await rooms.open();
    for (const id of ['n1', 'n2', 'n3']) okValue(await send(room.ben.socket, 'note:add', noteInput(id)));
    okValue(await send(room.fac, 'vote:open', { boardId: 'challenges', budget: 3, allowStacking: false }));

    const mine = nextEvent<Record<string, NoteId[]>>(room.ana.socket, 'ballots:mine');
    okValue(await send(room.ana.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n2' }));
    expect(await mine).toEqual({ challenges: ['n2'] });
    expect(await send(room.ana.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n2' })).toEqual({
      ok: false,
      error: 'vote_stacking_not_allowed',
    });
    okValue(await send(room.ana.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n3' }));
    expect(okValue(await send(room.ana.socket, 'vote:retract', { boardId: 'challenges', noteId: 'n3' }))).toEqual({
      remaining: 2,
    });
    okValue(await send(room.ben.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n2' }));
    okValue(await send(room.ben.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n1' }));

    okValue(await send(room.fac, 'vote:close', { boardId: 'challenges' }));
    await waitFor(() => room.replica.state().votes.challenges?.status === 'closed', 'the closed round on the replica');
    expect(room.replica.state().votes.challenges!.results).toEqual({ n2: 2, n1: 1 });
    expect(await send(room.ana.socket, 'vote:cast', { boardId: 'challenges', noteId: 'n1' })).toEqual({
      ok: false,
      error: 'vote_not_open',
    });
    expect(await send(room.fac, 'vote:close', { boardId: 'challenges' })).toEqual({
      ok: false,
      error: 'vote_not_open',
    });
  });
});
