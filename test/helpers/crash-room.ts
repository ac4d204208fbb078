/**
 * The room the crash tests write into: facilitators and one joined participant on sockets that
 * come back by themselves, quickly, when the server restarts on the same port (also after a
 * refused handshake, as the page's connection does), with the expectations board open.
 */
import { io } from 'socket.io-client';
import { expect } from 'vitest';
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
