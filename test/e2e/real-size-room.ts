/**
 * The real-size room behind the e2e: 60 participants joined through sockets (not browsers) and
 * what they do at each step of the day, sent through the real commands.
 */
import type { PublicState } from '../../shared/model.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, newToken, send, type TestSocket } from '../helpers/clients.ts';
import type { TestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';
import {
  COMMITMENTS,
  EXPECTATIONS,
  FOLLOW_UPS,
  GROUPS,
  NOTES,
  PEOPLE,
  QUESTIONS,
  type Person,
} from './real-size-data.ts';

export interface Seated {
  name: string;
  organisation: string;
  socket: TestSocket;
  participantId: string;
  token: string;
}

export interface RealRoom {
  code: string;
  facilitatorKey: string;
  fac: TestSocket;
  /** All sixty; the last one's socket is closed once seated: her phone, in Chromium, is her only device. */
  people: Seated[];
  /** The fifty-nine who act through their sockets. */
  voices: Seated[];
  state(): Promise<PublicState>;
  close(): void;
}

/** Runs `task` for every item, `width` at a time: sixty people at once would be a test of the machine. */
export async function inBatches<T>(items: readonly T[], width: number, task: (item: T, i: number) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += width)
    await Promise.all(items.slice(i, i + width).map((item, k) => task(item, i + k)));
}

/** Joins each of `people` through a socket of their own, twelve at a time, as they said at the door (room or remote). */
export async function seatPeople(server: TestServer, code: string, people: readonly Person[]): Promise<Seated[]> {
  const seated: Seated[] = [];
  await inBatches(people, 12, async (p, i) => {
    const { socket } = await connectSocket(server.url, { code, client: 'participant' });
    const token = newToken();
    const joined = okValue(await send(socket, 'session:join', { ...p, token }));
    seated[i] = { ...p, socket, participantId: joined.participantId, token };
  });
  return seated;
}

/** Creates the ILO workshop and seats the 60 people. */
export async function openRealRoom(server: TestServer): Promise<RealRoom> {
  const { code, facilitatorKey } = await server.createWorkshop('ilo-coop-2018');
  const { socket: fac } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
  const people = await seatPeople(server, code, PEOPLE);
  people.at(-1)!.socket.close();
  return {
    code,
    facilitatorKey,
    fac,
    people,
    voices: people.slice(0, -1),
    state: () => server.publicState(code),
    close() {
      fac.close();
      for (const p of people) p.socket.close();
    },
  };
}

/** What the room does in each step, before the screens are checked; steps without an entry need nothing. */
export const SCRIPT: Record<string, (r: RealRoom) => Promise<void>> = {
  'opening-expectations': (r) =>
    inBatches(EXPECTATIONS, 12, async (text, i) =>
      okValue(
        await send(r.voices[i]!.socket, 'note:add', {
          id: `exp-${i}`,
          boardId: 'expectations',
          column: 'Expectations',
          text,
        }),
      ),
    ),
  'session-1-talk-1': (r) => askQuestions(r, 'session-1-talk-1'),
  'session-1-talk-2': (r) => askQuestions(r, 'session-1-talk-2'),
  'session-1-talk-3': (r) => askQuestions(r, 'session-1-talk-3'),
  'session-1-qa': async (r) => {
    okValue(await send(r.fac, 'question:moderate', { id: 'q-0', status: 'answered' }));
    okValue(await send(r.fac, 'question:moderate', { id: 'q-4', status: 'parked' }));
  },
  'session-2-talk-1': (r) => askQuestions(r, 'session-2-talk-1'),
  'session-2-talk-2': (r) => askQuestions(r, 'session-2-talk-2'),
  's3-silent-writing': (r) =>
    inBatches(NOTES, 20, async (n, i) =>
      okValue(await send(r.voices[i % r.voices.length]!.socket, 'note:add', { id: `n-${i}`, ...n })),
    ),
  's3-grouping': async (r) => {
    for (const boardId of ['challenges', 'opportunities']) okValue(await send(r.fac, 'board:reveal', { boardId }));
    const notes = NOTES.map((n, i) => ({ ...n, id: `n-${i}` }));
    for (const [g, group] of GROUPS.entries()) {
      const id = `g-${g}`;
      okValue(await send(r.fac, 'group:create', { id, boardId: group.boardId, title: group.title }));
      const onBoard = notes.filter((n) => n.boardId === group.boardId);
      const noteIds = onBoard.filter((_, k) => k % group.every === group.offset).map((n) => n.id);
      okValue(await send(r.fac, 'notes:move', { noteIds, groupId: id }));
    }
  },
  's3-dot-vote': async (r) => {
    // Fifty voters, five dots each on both boards, most on a few notes (so the results have a
    // clear order), the rest spread (so several notes tie and some get none).
    await inBatches(r.voices.slice(0, 50), 10, async (p, i) => {
      for (const [boardId, offset, size] of [
        ['challenges', 0, 72],
        ['opportunities', 72, 48],
      ] as const) {
        const picks = new Set<number>();
        for (let d = 0; picks.size < 5; d++) picks.add(d < 2 ? i % (3 + d * 4) : (i * 7 + d * 13) % (size / 2));
        for (const n of picks) okValue(await send(p.socket, 'vote:cast', { boardId, noteId: `n-${offset + n}` }));
      }
    });
  },
  's3-roles': async (r) => {
    okValue(await send(r.fac, 'roles:importOrganisations', { boardId: 'roles' }));
    await inBatches(COMMITMENTS, 10, async (c, i) =>
      okValue(
        await send(r.voices[c.by]!.socket, 'commitment:propose', {
          id: `k-${i}`,
          boardId: 'roles',
          kind: c.kind,
          text: c.text,
          contact: c.contact,
          followUp: c.followUp,
          linkedNoteIds: i % 3 === 0 ? [`n-${i}`] : [],
        }),
      ),
    );
    for (let i = 0; i < 12; i++) okValue(await send(r.fac, 'commitment:confirm', { id: `k-${i}` }));
  },
  'closing-review': async (r) => {
    okValue(await send(r.fac, 'review:set', { boardId: 'expectations', status: 'open', layout: 'grid' }));
    await inBatches(r.voices.slice(0, 40), 10, async (p, i) => {
      for (let e = 0; e < EXPECTATIONS.length; e++) {
        const rating = (['met', 'partly', 'not_met'] as const)[(i + e) % 3 === 0 ? 2 : (i * e) % 2]!;
        okValue(await send(p.socket, 'expectation:rate', { noteId: `exp-${e}`, rating }));
      }
    });
    okValue(await send(r.fac, 'review:set', { boardId: 'expectations', status: 'closed' }));
    for (let e = 0; e < EXPECTATIONS.length; e++) {
      const verdict = (['met', 'partly', 'not_met'] as const)[e % 3]!;
      const action = verdict === 'met' ? null : { text: FOLLOW_UPS[e]!, organisation: 'ILO COOP', due: '2018-09-30' };
      okValue(await send(r.fac, 'expectation:verdict', { noteId: `exp-${e}`, verdict, action }));
    }
  },
};

/** The talk's five questions, each upvoted by a different number of people (never by its asker). */
async function askQuestions(r: RealRoom, talk: string): Promise<void> {
  const mine = QUESTIONS.map((q, i) => ({ ...q, i })).filter((q) => q.talk === talk);
  for (const q of mine) {
    const asker = r.voices[(q.i * 4) % r.voices.length]!;
    okValue(await send(asker.socket, 'question:ask', { id: `q-${q.i}`, boardId: 'questions', text: q.text }));
    const voters = r.voices.filter((p) => p !== asker).slice(0, (q.i * 7) % 13);
    await inBatches(voters, 12, async (p) =>
      okValue(await send(p.socket, 'question:upvote', { id: `q-${q.i}`, up: true })),
    );
  }
}

/** Waits until the server's document says the room is in `stepId`. */
export async function waitStepOnServer(r: RealRoom, stepId: string): Promise<void> {
  await waitFor(async () => {
    const { live } = (await r.state()).room;
    return (live.activityId ?? live.segmentId) === stepId;
  }, `the server in step ${stepId}`);
}
