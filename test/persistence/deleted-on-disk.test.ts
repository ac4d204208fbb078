/**
 * Deleting deletes: a note deleted, a note edited away and a held note withdrawn before reveal
 * leave no byte of their text in any file of DATA_DIR (the SQLite file, its WAL and its index)
 * once the workshop's log is compacted, whether that happens when it leaves memory while the
 * server runs or when the server stops. The command log never kept them at all.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { noteInput, okValue, openBoardRoom, type BoardRoom } from '../helpers/board-room.ts';
import { send } from '../helpers/clients.ts';
import { foundOnDisk } from '../helpers/disk-bytes.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

const DELETED = 'Deleted-cassava-levy-Q7x1';
const EDITED_AWAY = 'Edited-away-tariff-Z3k9';
const WITHDRAWN = 'Withdrawn-before-reveal-M5p2';
const KEPT = 'Kept-after-edit-R8w4';

let server: TestServer | null = null;
let room: BoardRoom | null = null;
afterEach(async () => {
  room?.close();
  await server?.close();
  server = null;
});

/** Ana deletes one note, edits another away and withdraws a held one; the edited text stays. */
async function deleteEditWithdraw(r: BoardRoom): Promise<void> {
  const ana = r.ana.socket;
  okValue(await send(ana, 'note:add', noteInput('n-deleted', DELETED)));
  okValue(await send(ana, 'note:add', noteInput('n-edited', EDITED_AWAY)));
  okValue(await send(ana, 'note:edit', { noteId: 'n-edited', text: KEPT }));
  okValue(await send(ana, 'note:delete', { noteId: 'n-deleted' }));
  okValue(await send(r.fac, 'board:mode', { boardId: 'challenges', mode: 'private' }));
  expect(okValue(await send(ana, 'note:add', noteInput('n-withdrawn', WITHDRAWN))).held).toBe(true);
  okValue(await send(ana, 'note:delete', { noteId: 'n-withdrawn' }));
}

describe('deleted and edited notes on disk (SQLite)', () => {
  it('are gone from every file once the workshop leaves memory, while the server runs', async () => {
    server = await startTestServer({ store: 'sqlite', config: { idleUnloadMs: 300 } });
    room = await openBoardRoom(server, 'open');
    await deleteEditWithdraw(room);
    // The search can see them: before compaction the log still holds every text written.
    expect(foundOnDisk(server.dataDir, [DELETED, EDITED_AWAY, WITHDRAWN, KEPT])).toEqual([
      DELETED,
      EDITED_AWAY,
      WITHDRAWN,
      KEPT,
    ]);

    room.close();
    room = null;
    const hub = server.server.hub;
    await waitFor(() => hub.loadedCount() === 0, 'the idle workshop to leave memory', 10_000);
    expect(foundOnDisk(server.dataDir, [DELETED, EDITED_AWAY, WITHDRAWN, KEPT])).toEqual([KEPT]);
  });

  it('are gone from every file once the server has stopped, and what was kept loads again', async () => {
    server = await startTestServer({ store: 'sqlite' });
    room = await openBoardRoom(server, 'open');
    await deleteEditWithdraw(room);
    const code = room.code;
    room.close();
    room = null;

    server = await server.restart();
    expect(foundOnDisk(server.dataDir, [DELETED, EDITED_AWAY, WITHDRAWN, KEPT])).toEqual([KEPT]);
    const notes = Object.values((await server.publicState(code)).notes);
    expect(notes.map((n) => [n.id, n.text])).toEqual([['n-edited', KEPT]]);
  });

  it('never keep a device token or a note text in the command log', async () => {
    server = await startTestServer({ store: 'sqlite' });
    room = await openBoardRoom(server, 'open');
    okValue(await send(room.ana.socket, 'note:add', noteInput('n-1', KEPT)));
    const { token } = room.ana;
    // Compared while the texts are still in the document's log: only the command log is searched.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(server.dataDir, 'plenary.sqlite'), { readonly: true });
    try {
      const rows = db.prepare('SELECT type, payload, result FROM commands').all() as Array<Record<string, string>>;
      expect(rows.map((r) => r.type)).toContain('note:add');
      expect(rows.every((r) => r.payload === '')).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(JSON.stringify(rows)).not.toContain(KEPT);
    } finally {
      db.close();
    }
  });
});
