/**
 * The room at its real size, seeded through sockets as people would: 60 participants from 14
 * organisations (a few of them remote), writing, voting, proposing and rating through the real
 * commands. Names and texts are plain data so a test can look for them on a screen or on the wire.
 */
import { okValue } from './board-room.ts';
import { connectSocket, newToken, send, type TestSocket } from './clients.ts';

export const ORGANISATIONS = [
  'ILO COOP',
  'WFTO',
  'Coop Denmark',
  'Coopermondo',
  'Gender Research Alliance',
  'JCCU',
  'ILO Colombo',
  'ICA Africa',
  'ICA Asia-Pacific',
  'CoopsEurope',
  'EuroCoop',
  'Fairtrade International',
  'FTAO',
  'COPAC',
] as const;

export interface RoomPerson {
  name: string;
  organisation: string;
  socket: TestSocket;
  participantId: string;
}

/** Joins `count` participants spread over the 14 organisations; every tenth joins remote. */
export async function joinRoom(url: string, code: string, count = 60): Promise<RoomPerson[]> {
  const people: RoomPerson[] = [];
  // In small batches: 60 handshakes at once on two cores measure the machine, not the room.
  for (let i = 0; i < count; i += 10) {
    const batch = Array.from({ length: Math.min(10, count - i) }, async (_, j) => {
      const n = i + j;
      const organisation = ORGANISATIONS[n % ORGANISATIONS.length]!;
      const name = `Person ${n + 1}`;
      const { socket } = await connectSocket(url, { code, client: 'participant' });
      const attendance = n % 10 === 9 ? 'remote' : 'room';
      const joined = okValue(await send(socket, 'session:join', { name, organisation, attendance, token: newToken() }));
      return { name, organisation, socket, participantId: joined.participantId };
    });
    people.push(...(await Promise.all(batch)));
  }
  return people;
}

/** Runs `task` for every item, a few at a time. */
export async function inBatches<T>(items: T[], task: (item: T, index: number) => Promise<unknown>, size = 20) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map((x, j) => task(x, i + j)));
}

/** Each person writes `perPerson` notes on `boardId`, spread over its columns; returns the note ids in order. */
export async function writeNotes(
  people: RoomPerson[],
  boardId: string,
  columns: string[],
  perPerson: number,
  text: (i: number) => string,
): Promise<string[]> {
  const ids: string[] = [];
  const jobs = people.flatMap((p, pi) => Array.from({ length: perPerson }, (_, k) => ({ p, i: pi * perPerson + k })));
  await inBatches(jobs, async ({ p, i }) => {
    const id = `${boardId}-${i}`;
    ids[i] = id;
    okValue(await send(p.socket, 'note:add', { id, boardId, column: columns[i % columns.length]!, text: text(i) }));
  });
  return ids;
}

export function closeRoom(people: RoomPerson[]): void {
  for (const p of people) p.socket.close();
}
