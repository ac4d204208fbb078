/**
 * A room that works in breakout groups, for the Chromium e2e: people joined through sockets (room
 * or remote, as they said at the door), Session 3's Challenges board in private writing, the
 * groups started by the facilitator's command, and what each group writes, with text that names
 * its group so a test can tell whose words reached which screen.
 */
import type { Breakout, BreakoutGroup } from '../../shared/breakouts.ts';
import { copyBoardId } from '../../shared/breakouts.ts';
import type { PublicState } from '../../shared/model.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, send, type TestSocket } from '../helpers/clients.ts';
import type { TestServer } from '../helpers/server.ts';
import { inBatches, seatPeople, type Seated } from './real-size-room.ts';
import { PEOPLE, type Person } from './real-size-data.ts';

export const BREAKOUT_ID = 'bk';
export const BOARD = 'challenges';
const COLUMNS = ['Markets and trade', 'Quality and standards', 'Costs and finance'];

export interface BreakoutRoom {
  code: string;
  facilitatorKey: string;
  fac: TestSocket;
  people: Seated[];
  state(): Promise<PublicState>;
  breakout(): Promise<Breakout>;
  close(): void;
}

/** `n` people of the real-size room's organisations; `remote` of them (the last) take part remotely. */
export function cast(n: number, remote: number): Person[] {
  return Array.from({ length: n }, (_, i) => ({
    ...PEOPLE[i % PEOPLE.length]!,
    name: `${PEOPLE[i % PEOPLE.length]!.name}${i >= PEOPLE.length ? ' II' : ''}`,
    attendance: i >= n - remote ? 'remote' : 'room',
  }));
}

/** Creates the ILO workshop at Session 3's silent writing, Challenges private, and seats `people`. */
export async function openBreakoutRoom(server: TestServer, people: readonly Person[]): Promise<BreakoutRoom> {
  const { code, facilitatorKey } = await server.createWorkshop('ilo-coop-2018');
  const { socket: fac } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
  okValue(await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' }));
  okValue(await send(fac, 'board:mode', { boardId: BOARD, mode: 'private' }));
  okValue(await send(fac, 'board:mode', { boardId: 'opportunities', mode: 'locked' }));
  const seated = await seatPeople(server, code, people);
  const state = () => server.publicState(code);
  return {
    code,
    facilitatorKey,
    fac,
    people: seated,
    state,
    // The one breakout of the workshop, whoever started it (the console makes its own id).
    breakout: async () => {
      const [b, ...more] = Object.values((await state()).breakouts);
      if (!b || more.length) throw new Error('expected one breakout');
      return b;
    },
    close() {
      fac.close();
      for (const p of seated) p.socket.close();
    },
  };
}

/** Starts the groups on Challenges: `count` room groups, balanced, remote people in groups of their own. */
export async function startGroups(r: BreakoutRoom, count: number): Promise<Breakout> {
  const plan = { count, rule: 'balanced' as const, remote: 'own' as const };
  okValue(await send(r.fac, 'breakout:start', { id: BREAKOUT_ID, boardIds: [BOARD], plan, seed: 7 }));
  return r.breakout();
}

/** The group `who` sits in. */
export function groupOfPerson(b: Breakout, who: Seated): BreakoutGroup {
  const g = b.groups.find((x) => x.memberIds.includes(who.participantId));
  if (!g) throw new Error(`${who.name} is in no group`);
  return g;
}

/** A note's text that says which group wrote it: two groups never write the same words. */
export function groupText(g: BreakoutGroup, k: number): string {
  const topics = [
    'Buyers ask for volumes one cooperative cannot supply alone',
    'Certification costs fall on the smallest producers',
    'Payment arrives ninety days after delivery',
    'No shared price information between cooperatives',
    'Packaging rules change with every buyer',
  ];
  return `${topics[k % topics.length]} (table ${g.name}, note ${k + 1})`;
}

export interface Written {
  id: string;
  text: string;
}

/**
 * Every member of every group but those in `skip` writes `each` notes on their group's copy of
 * the board, through their own socket; answers the notes written, by group id.
 */
export async function writeInGroups(
  r: BreakoutRoom,
  b: Breakout,
  each: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<Map<string, Written[]>> {
  const written = new Map<string, Written[]>(b.groups.map((g) => [g.id, []]));
  const writers = r.people.filter((p) => !skip.has(p.participantId));
  await inBatches(writers, 12, async (p, i) => {
    const g = groupOfPerson(b, p);
    for (let k = 0; k < each; k++) {
      const mine = written.get(g.id)!;
      const note = { id: `w${i}-${k}`, text: groupText(g, mine.length) };
      mine.push(note);
      const column = COLUMNS[mine.length % COLUMNS.length]!;
      okValue(await send(p.socket, 'note:add', { ...note, boardId: copyBoardId(BOARD, g.id), column }));
    }
  });
  return written;
}

/** Each group's first member (but in `except`) volunteers as its rapporteur and picks the group's points (ids of its notes). */
export async function pickPoints(
  r: BreakoutRoom,
  b: Breakout,
  points: (g: BreakoutGroup) => string[],
  except?: BreakoutGroup,
): Promise<void> {
  for (const g of b.groups) {
    if (g.id === except?.id) continue;
    const rapporteur = r.people.find((p) => p.participantId === g.memberIds[0])!;
    okValue(await send(rapporteur.socket, 'breakout:rapporteur', { groupId: g.id, participantId: g.memberIds[0]! }));
    okValue(await send(rapporteur.socket, 'breakout:top', { groupId: g.id, noteIds: points(g) }));
  }
}

/** Reveals every group's copy of the board: each table then reads what its members wrote. */
export async function revealGroups(r: BreakoutRoom, b: Breakout): Promise<void> {
  for (const g of b.groups) okValue(await send(r.fac, 'board:reveal', { boardId: copyBoardId(BOARD, g.id) }));
}
