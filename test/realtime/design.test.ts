/** Workshops from workshops over REST, on the real server: export, import, duplicate, the printable agenda. */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, joinAs, send } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
afterEach(async () => server?.close());

/** Workshops in the server's SQLite file, read beside it. */
function workshopsOnDisk(): number {
  const db = new Database(path.join(server.dataDir, 'plenary.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM workshops').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const exportDesign = (code: string, key?: string) =>
  fetch(`${server.url}/api/workshops/${code}/design`, key ? { headers: { authorization: `Bearer ${key}` } } : {});
const importDesign = (body: string) =>
  fetch(`${server.url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('designs over REST', () => {
  it('exports a design only to its facilitator, imports it as a new workshop, and exports the same bytes', async () => {
    server = await startTestServer();
    const a = await server.createWorkshop('ilo-coop-2018');
    const other = await server.createWorkshop('blank');
    expect((await exportDesign(a.code)).status).toBe(401);
    expect((await exportDesign(a.code, other.facilitatorKey)).status).toBe(403);
    const first = await (await exportDesign(a.code, a.facilitatorKey)).text();
    const res = await importDesign(first);
    expect(res.status).toBe(201);
    const b = (await res.json()) as CreatedWorkshop;
    expect(b.code).not.toBe(a.code);
    expect(await (await exportDesign(b.code, b.facilitatorKey)).text()).toBe(first);
  });

  it('refuses a bad file whole, with line, field and reason, and stores nothing', async () => {
    server = await startTestServer();
    const a = await server.createWorkshop('ilo-coop-2018');
    const text = (await (await exportDesign(a.code, a.facilitatorKey)).text()).replace(
      '"end": "09:30"',
      '"end": "49:30"',
    );
    const res = await importDesign(text);
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: string;
      issues: Array<{ line: number; field: string; reason: string }>;
    };
    expect(body.error).toBe('invalid_design');
    expect(body.issues).toContainEqual({
      field: 'agenda.segments.0.end',
      line: expect.any(Number),
      reason: 'HH:MM',
      code: 'bad_format',
      params: { example: 'HH:MM' },
    });
    expect((await importDesign('x'.repeat(300 * 1024))).status).toBe(413);
    expect(workshopsOnDisk()).toBe(1);
  });

  it('duplicates the design without the people or what they wrote', async () => {
    server = await startTestServer();
    const a = await server.createWorkshop('ilo-coop-2018');
    const { socket: fac } = await connectSocket(server.url, {
      code: a.code,
      client: 'facilitate',
      facilitatorKey: a.facilitatorKey,
    });
    okValue(await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' }));
    const ana = await joinAs(server.url, a.code, 'Ana');
    okValue(
      await send(ana.socket, 'note:add', {
        id: 'n1',
        boardId: 'expectations',
        column: 'Expectations',
        text: 'Meet buyers',
      }),
    );
    const res = await fetch(`${server.url}/api/workshops/${a.code}/duplicate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.facilitatorKey}` },
    });
    expect(res.status).toBe(201);
    const copy = (await res.json()) as CreatedWorkshop;
    const state = await server.publicState(copy.code);
    expect(state.notes).toEqual({});
    expect(state.room.live.segmentId).toBeNull();
    expect(state.room.agenda).toEqual((await server.publicState(a.code)).room.agenda);
    fac.close();
    ana.socket.close();
  });

  it('prints the agenda as a page with no script, its text escaped', async () => {
    server = await startTestServer();
    const a = await server.createWorkshop('ilo-coop-2018');
    const res = await fetch(`${server.url}/api/workshops/${a.code}/agenda.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('14:30–16:00');
    expect(html).toContain('Rudy Dalvai, WFTO');
    expect(html).not.toMatch(/<script/i);
  });

  it('lists the method library in the viewer’s language and creates a workshop of one method', async () => {
    server = await startTestServer();
    const library = (await (await fetch(`${server.url}/api/methods?locale=es`)).json()) as Array<{
      id: string;
      name: string;
    }>;
    expect(library.length).toBeGreaterThanOrEqual(10);
    expect(library.find((m) => m.id === 'swot')!.name).toBe('FODA (SWOT)');
    const create = (body: object) =>
      fetch(`${server.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ template: 'method', ...body }),
      });
    const res = await create({ methodId: 'swot', locale: 'fr', timezone: 'America/Bogota' });
    expect(res.status).toBe(201);
    const { code } = (await res.json()) as CreatedWorkshop;
    const state = await server.publicState(code);
    expect(state.room.meta).toMatchObject({ title: 'SWOT (FFOM)', timezone: 'America/Bogota' });
    expect(state.room.agenda.segments.map((x) => `${x.start}-${x.end} ${x.activities.length}`)).toEqual([
      '09:00-09:20 2',
    ]);
    expect(state.boards.swot!.columns).toEqual(['Forces', 'Faiblesses', 'Opportunités', 'Menaces']);
    for (const bad of [
      { methodId: 'brainstorm', locale: 'fr' },
      { methodId: 'swot', locale: 'de' },
      { methodId: 'swot', locale: 'fr', timezone: 'Mars/Olympus' },
    ])
      expect((await create(bad)).status).toBe(400);
  });
});
