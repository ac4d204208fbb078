/**
 * The room the crash tests write into: facilitators and one joined participant on sockets that
 * come back by themselves, quickly, when the server restarts on the same port (also after a
 * refused handshake, as the page's connection does), with the expectations board open.
 */
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { expect } from 'vitest';
import { commandSender } from '../../client/src/net/commands.ts';
import { createOutbox, type Outbox } from '../../client/src/net/outbox.ts';
import type { Result } from '../../shared/errors.ts';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import type { SocketAuth } from '../../shared/schemas/session.ts';
import { newToken, openReplica, send, type TestSocket } from './clients.ts';
import { createWorkshopAt } from './process.ts';
import { nextEvent } from './wait.ts';

export interface CrashRoom {
  workshop: CreatedWorkshop;
  facilitators: TestSocket[];
  participant: TestSocket;
}

/** A socket on `url` that reconnects within 150 ms; pushed to `sockets` for teardown. */
export function reconnectingSocket(url: string, auth: SocketAuth, sockets: TestSocket[]): TestSocket {
  const socket: TestSocket = io(url, {
    auth,
    query: { w: auth.code },
    transports: ['websocket'],
    reconnectionDelay: 30,
    reconnectionDelayMax: 150,
    randomizationFactor: 0,
  });
  socket.on('connect_error', () => !socket.active && setTimeout(() => socket.connect(), 100));
  sockets.push(socket);
  return socket;
}

/** Creates a workshop on `url`, connects `facilitatorCount` facilitators and joins one participant. */
export async function openCrashRoom(url: string, facilitatorCount: number, sockets: TestSocket[]): Promise<CrashRoom> {
  const workshop = await createWorkshopAt(url);
  const facilitators = Array.from({ length: facilitatorCount }, () =>
    reconnectingSocket(
      url,
      { code: workshop.code, client: 'facilitate', facilitatorKey: workshop.facilitatorKey },
      sockets,
    ),
  );
  await nextEvent(facilitators[0]!, 'session:ready');
  expect(
    (await send(facilitators[0]!, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok,
  ).toBe(true);
  const guest = reconnectingSocket(url, { code: workshop.code, client: 'participant' }, sockets);
  await nextEvent(guest, 'session:ready');
  const token = newToken();
  const joined = await send(guest, 'session:join', { name: 'Amina', organisation: 'Coop', attendance: 'room', token });
  expect(joined.ok).toBe(true);
  const participant = reconnectingSocket(
    url,
    { code: workshop.code, client: 'participant', participantToken: token },
    sockets,
  );
  guest.close();
  return { workshop, facilitators, participant };
}

/** The note texts of the workshop's document; each of `ids` is among them exactly once, and none twice. */
export async function expectEachNoteOnce(url: string, code: string, ids: string[]): Promise<string[]> {
  const replica = await openReplica(url, code);
  const texts = Object.values(replica.state().notes).map((n) => n.text);
  replica.destroy();
  for (const id of ids)
    expect(
      texts.filter((t) => t === id),
      `note ${id}`,
    ).toHaveLength(1);
  expect(new Set(texts).size).toBe(texts.length);
  return texts;
}

export interface OutboxWriter {
  /** Every note id queued, in order. */
  queued: string[];
  /** Every outcome the outbox settled, with when (Date.now()). */
  settled: Array<[string, Result<unknown>, number]>;
  outbox: Outbox;
  /** Stops queueing; resolves once the loop has stopped. */
  stop(): Promise<void>;
}

/** The page's outbox on `socket`, flushed on every connect; a note on the expectations board is queued every `paceMs`. */
export function outboxWriter(socket: TestSocket, prefix: string, paceMs: number): OutboxWriter {
  const settled: OutboxWriter['settled'] = [];
  const outbox: Outbox = createOutbox({
    storage: null,
    storageKey: `outbox:${prefix}`,
    send: (entry) => commandSender(socket, 1500)(entry.event, entry.input),
    newId: () => randomUUID(),
    now: () => Date.now(),
    onPending: () => undefined,
    onSettled: (entry, result) => settled.push([entry.key, result, Date.now()]),
    later: (retry, ms) => setTimeout(retry, Math.min(ms, 500)),
  });
  socket.on('connect', () => void outbox.flush());
  const queued: string[] = [];
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n++) {
      const id = `${prefix}-${n}`;
      queued.push(id);
      outbox.enqueue('note:add', { id, boardId: 'expectations', column: 'Expectations', text: id });
      await new Promise((resolve) => setTimeout(resolve, paceMs));
    }
  })();
  const stop = () => {
    running = false;
    return done;
  };
  return { queued, settled, outbox, stop };
}
