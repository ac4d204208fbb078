/**
 * Moving up from the embedded store: every workshop of a SQLite DATA_DIR (document log and
 * snapshot, private state, command log) copied into PostgreSQL, checked, and served from there
 * exactly as before; a second copy into the same database refuses and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readPublicState } from '../../shared/doc.ts';
import { systemClock } from '../../server/clock.ts';
import { addNote } from '../../server/domain/notes.ts';
import { createLogger } from '../../server/log.ts';
import { copySqliteToPostgres } from '../../server/persistence/copy-to-postgres.ts';
import { openPostgresStore } from '../../server/persistence/postgres.ts';
import { createSqliteStore } from '../../server/persistence/sqlite.ts';
import { createWorkshopHub, type WorkshopHub } from '../../server/workshops/hub.ts';
import { hubCommand, openHubBoard, participantIn } from '../helpers/hub-board.ts';
import { freshDatabase } from '../helpers/postgres-db.ts';
import { tempDataDir } from '../helpers/server.ts';

const log = createLogger('silent');
const hubs: WorkshopHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
});

const add = (code: string, hub: WorkshopHub, id: string) =>
  hub.execute(
    code,
    hubCommand('note:add', 'ana', id, (s, now) =>
      addNote(s, participantIn(s, 'ana'), { id, boardId: 'challenges', column: 'Markets and trade', text: id }, now),
    ),
  );

describe('npm run migrate:sqlite-to-postgres', () => {
  it('copies every workshop, checks it, and the server reads it back the same; a second copy refuses', async () => {
    const dir = tempDataDir();
    const sqlite = createWorkshopHub({ store: createSqliteStore(dir), clock: systemClock, log, compactEvery: 5 });
    hubs.push(sqlite);
    const first = await openHubBoard(sqlite, ['ana']);
    for (let i = 0; i < 8; i++) expect((await add(first, sqlite, `n${i}`)).ok).toBe(true);
    const second = await openHubBoard(sqlite, ['ana']);
    expect((await add(second, sqlite, 'other')).ok).toBe(true);
    const before = [first, second].map(async (c) => readPublicState((await sqlite.get(c))!.doc));
    const expected = await Promise.all(before);
    const privateBefore = JSON.stringify((await sqlite.get(first))!.state.priv);
    await sqlite.close();
    hubs.splice(0);

    const url = await freshDatabase();
    const lines: string[] = [];
    expect(await copySqliteToPostgres(dir, url, (l) => lines.push(l), { requireDurable: false })).toBe(2);
    expect(lines.join('\n')).toMatch(/and a snapshot, .* commands: checked/);

    const store = await openPostgresStore({ url, poolSize: 2, requireDurable: false, log });
    const served = createWorkshopHub({ store, clock: systemClock, log });
    hubs.push(served);
    expect(await Promise.all([first, second].map(async (c) => readPublicState((await served.get(c))!.doc)))).toEqual(
      expected,
    );
    expect(JSON.stringify((await served.get(first))!.state.priv)).toBe(privateBefore);
    // The command log came along: a resend is answered, and the next commit follows on.
    expect(await add(first, served, 'n3')).toEqual({ ok: true, value: { id: 'n3', held: false } });
    expect((await add(first, served, 'n9')).ok).toBe(true);

    await expect(copySqliteToPostgres(dir, url, () => undefined, { requireDurable: false })).rejects.toThrow(
      /already in PostgreSQL/,
    );
  });
});
