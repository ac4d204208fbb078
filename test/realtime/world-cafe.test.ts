/**
 * The library's World Café on the real server, without breakout groups: the tables are the
 * board's columns. Six people at three tables write in three rounds, moving table each round
 * while the hosts stay; the harvest locks the board, the facilitator groups the threads, and
 * the report keeps every note with its table and its author.
 */
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../server/domain/report-model.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, joinAs, send } from '../helpers/clients.ts';
import { fetchReport } from '../helpers/meeting.ts';
import { serverPerTest } from '../helpers/per-test.ts';
import { startTestServer } from '../helpers/server.ts';

const t = serverPerTest();
const PEOPLE = ['Amina', 'Bruno', 'Carmen', 'Dao', 'Emeka', 'Farah'];

describe('World Café without breakout groups', () => {
  it('runs three rounds at three tables, a harvest, and a report by table', async () => {
    t.server = await startTestServer();
    const { code, facilitatorKey } = await t.server.createWorkshop('blank');
    const fac = t.track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
    const people = [];
    for (const name of PEOPLE) people.push(t.track((await joinAs(t.server.url, code, name)).socket));
    const added = okValue(
      await send(fac, 'agenda:method', { methodId: 'world-cafe', locale: 'en', segmentId: null, index: 40 }),
    );
    const [boardId] = added.boardIds;
    const tables = (await t.server.publicState(code)).boards[boardId!]!.columns;
    expect(tables).toEqual(['Table 1', 'Table 2', 'Table 3']);

    // Hosts (the first three) stay at their table; the others move on by one table each round.
    const tableOf = (person: number, round: number) => (person < 3 ? person : (person + round) % 3);
    const [round1, round2, round3, harvest] = added.activityIds;
    for (const [round, activityId] of [round1, round2, round3].entries()) {
      okValue(await send(fac, 'agenda:enter', { segmentId: added.segmentId, activityId: activityId! }));
      for (const [i, p] of people.entries()) {
        const column = tables[tableOf(i, round)]!;
        const text = `Round ${round + 1}, ${PEOPLE[i]} at ${column}`;
        expect(okValue(await send(p, 'note:add', { id: `r${round}-${i}`, boardId: boardId!, column, text }))).toEqual({
          id: `r${round}-${i}`,
          held: false,
        });
      }
    }
    const written = Object.values((await t.server.publicState(code)).notes);
    expect(written).toHaveLength(18);
    for (const table of tables) expect(written.filter((n) => n.column === table)).toHaveLength(6);
    // Each mover sat at every table once.
    for (let i = 3; i < 6; i++)
      expect(new Set(written.filter((n) => n.authorName === PEOPLE[i]).map((n) => n.column)).size).toBe(3);

    // The harvest: nobody writes any more; the facilitator gathers what the hosts share into threads.
    okValue(await send(fac, 'agenda:enter', { segmentId: added.segmentId, activityId: harvest! }));
    expect(
      await send(people[0]!, 'note:add', { id: 'late', boardId: boardId!, column: tables[0]!, text: 'x' }),
    ).toEqual({ ok: false, error: 'board_locked' });
    okValue(await send(fac, 'group:create', { id: 'thread-1', boardId: boardId!, title: 'What every table said' }));
    okValue(await send(fac, 'notes:move', { noteIds: ['r2-0', 'r2-1', 'r2-2'], groupId: 'thread-1' }));
    okValue(await send(fac, 'agenda:finish', {}));

    const report = (await (await fetchReport(t.server, code, 'json', facilitatorKey)).json()) as ReportModel;
    const board = report.boards.find((b) => b.id === boardId)!;
    const notes = board.groups.flatMap((g) => g.notes);
    expect(notes).toHaveLength(18);
    expect(
      board.groups
        .find((g) => g.title === 'What every table said')
        ?.notes.map((n) => n.id)
        .sort(),
    ).toEqual(['r2-0', 'r2-1', 'r2-2']);
    expect(notes.find((n) => n.id === 'r1-4')).toMatchObject({ column: tables[tableOf(4, 1)], author: 'Emeka' });
  });
});
