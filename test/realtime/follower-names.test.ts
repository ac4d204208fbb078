/**
 * The facilitator's "follow screens show participants' names" setting, checked on the wire: with
 * it off, the bytes a follow replica (full or low-data) and the follow page receive carry no
 * participant's name, only organisations; the room's own replicas keep them. A follow replica
 * connected when the setting changes is told to start over, and its fresh copy follows the setting.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LOW_DATA_REPLACED } from '../../shared/low-data.ts';
import { connectSocket, newToken, openReplica, send } from '../helpers/clients.ts';
import { serverPerTest } from '../helpers/per-test.ts';
import { startTestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

const t = serverPerTest();
const ok = { ok: true };
const NAME = 'Wanjiru Kamau';
const ORGANISATION = 'Green Belt Cooperative';

/** Everything the server sends a fresh replica up to its answer to the first sync request, as raw bytes. */
async function wire(url: string, code: string, params: Record<string, string>): Promise<string> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/yjs/${code}?${new URLSearchParams(params)}`);
  const frames: Buffer[] = [];
  const answered = new Promise<void>((resolve, reject) => {
    ws.on('message', (data: Buffer) => {
      frames.push(data);
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === syncProtocol.messageYjsSyncStep2) resolve();
    });
    ws.on('error', reject);
  });
  await new Promise((resolve) => ws.once('open', resolve));
  const ask = encoding.createEncoder();
  encoding.writeVarUint(ask, 0);
  syncProtocol.writeSyncStep1(ask, new Y.Doc());
  ws.send(encoding.toUint8Array(ask));
  await answered;
  ws.close();
  return Buffer.concat(frames).toString('latin1');
}

async function roomWithAName() {
  t.server = await startTestServer();
  const { code, facilitatorKey } = await t.server.createWorkshop('ilo-coop-2018');
  const fac = t.track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
  const her = t.track((await connectSocket(t.server.url, { code, client: 'participant' })).socket);
  const joined = { name: NAME, organisation: ORGANISATION, attendance: 'room' as const, token: newToken() };
  expect(await send(her, 'session:join', joined)).toMatchObject(ok);
  expect(await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).toMatchObject(
    ok,
  );
  const note = { id: 'n-1', boardId: 'expectations', column: 'Expectations', text: 'Meet buyers' };
  expect(await send(her, 'note:add', note)).toMatchObject(ok);
  // Her raised hand names her in the speakers' queue, too.
  expect(await send(her, 'hand:raise', { up: true })).toMatchObject(ok);
  // In the low-data view too: the note the room looks at keeps its text there.
  expect(
    await send(fac, 'focus:set', { focus: { kind: 'note', boardId: 'expectations', noteId: 'n-1' } }),
  ).toMatchObject(ok);
  return { code, fac };
}

describe('follow screens and participant names', () => {
  it('with the setting off, no follow document nor the follow page carries a name; the room keeps them', async () => {
    const { code, fac } = await roomWithAName();
    const url = t.server.url;
    // On by default: the follow screen names who wrote.
    expect(await wire(url, code, { client: 'follow' })).toContain(NAME);

    expect(await send(fac, 'room:display', { followerNames: false })).toMatchObject(ok);
    for (const params of [{ client: 'follow' }, { client: 'follow', view: 'low' }] as Record<string, string>[]) {
      const bytes = await wire(url, code, params);
      expect({ params, named: bytes.includes(NAME) }).toEqual({ params, named: false });
      expect(bytes).toContain(ORGANISATION);
    }
    const follower = t.track(await openReplica(url, code, { client: 'follow' }));
    expect(follower.state().notes['n-1']).toMatchObject({ text: 'Meet buyers', authorName: '' });
    expect(Object.values(follower.state().hands).map((h) => [h.name, h.organisation])).toEqual([['', ORGANISATION]]);
    const page = await (await fetch(`${url}/w/${code}/follow`)).text();
    expect(page).not.toContain(NAME);
    // The room's own screens (participants, projector, console) still see who wrote.
    expect(await wire(url, code, { client: 'screen' })).toContain(NAME);
  });

  it('a follow replica connected when the setting changes starts over on the other document', async () => {
    const { code, fac } = await roomWithAName();
    const url = t.server.url;
    const follower = t.track(await openReplica(url, code, { client: 'follow' }));
    expect(follower.state().notes['n-1']?.authorName).toBe(NAME);
    const closes: number[] = [];
    follower.provider.on('connection-close', (e: CloseEvent | null) => e && closes.push(e.code));
    expect(await send(fac, 'room:display', { followerNames: false })).toMatchObject(ok);
    await waitFor(() => closes.includes(LOW_DATA_REPLACED), 'the follow replica told to start over');
    const fresh = t.track(await openReplica(url, code, { client: 'follow' }));
    expect(fresh.state().notes['n-1']?.authorName).toBe('');

    closes.length = 0;
    fresh.provider.on('connection-close', (e: CloseEvent | null) => e && closes.push(e.code));
    expect(await send(fac, 'room:display', { followerNames: true })).toMatchObject(ok);
    await waitFor(() => closes.includes(LOW_DATA_REPLACED), 'the nameless replica told to start over');
    const named = t.track(await openReplica(url, code, { client: 'follow' }));
    expect(named.state().notes['n-1']?.authorName).toBe(NAME);
  });
});
