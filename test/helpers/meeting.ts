/** A short ILO meeting on a real server: a facilitator, three participants (one remote), a replica, and a scripted day. */
import type { PublicState } from '../../shared/model.ts';
import { okValue } from './board-room.ts';
import { connectSocket, joinAs, openReplica, send, type NodeReplica, type TestSocket } from './clients.ts';
import type { TestServer } from './server.ts';

type Person = Awaited<ReturnType<typeof joinAs>>;

export interface Meeting {
  code: string;
  facilitatorKey: string;
  fac: TestSocket;
  ana: Person;
  ben: Person;
  rem: Person;
  replica: NodeReplica;
  /** Moves the room to a segment (and activity), as the facilitator. */
  enter(segmentId: string, activityId?: string): Promise<void>;
  serverState(): Promise<PublicState>;
  close(): void;
}

/** Creates the ILO workshop and brings everyone in; nothing is live yet. */
export async function openMeeting(server: TestServer): Promise<Meeting> {
  const { code, facilitatorKey } = await server.createWorkshop('ilo-coop-2018');
  const { socket: fac } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey });
  const ana = await joinAs(server.url, code, 'Ana');
  const ben = await joinAs(server.url, code, 'Ben');
  const rem = await joinAs(server.url, code, 'Rem', 'remote');
  const replica = await openReplica(server.url, code);
  return {
    code,
    facilitatorKey,
    fac,
    ana,
    ben,
    rem,
    replica,
    async enter(segmentId, activityId) {
      okValue(await send(fac, 'agenda:enter', activityId ? { segmentId, activityId } : { segmentId }));
    },
    serverState: () => server.publicState(code),
    close() {
      for (const s of [fac, ana.socket, ben.socket, rem.socket]) s.close();
      replica.destroy();
    },
  };
}

/** Text that would be markup, a formula or a Markdown heading if a format forgot to escape it. */
export const HOSTILE_NOTE = '=cmd|"/c calc"!A1 <script>alert(1)</script>';

/**
 * Runs a compressed day through the real commands: expectations in the opening, questions in a
 * talk, notes grouped and dot-voted in Session 3, commitments, and the closing review.
 */
export async function scriptWorkshop(m: Meeting): Promise<void> {
  await scriptMorning(m);
  await scriptSession3(m);
  await scriptClosing(m);
}

const note = (id: string, boardId: string, column: string, text: string) => ({ id, boardId, column, text });

/** Expectations in the opening; two questions in Session 1's first talk, upvoted, answered and parked. */
async function scriptMorning(m: Meeting): Promise<void> {
  const { fac, ana, ben, rem } = m;
  await m.enter('opening', 'opening-expectations');
  okValue(
    await send(
      ana.socket,
      'note:add',
      note('exp-1', 'expectations', 'Expectations', 'Meet buyers from consumer coops'),
    ),
  );
  okValue(await send(ben.socket, 'note:add', note('exp-2', 'expectations', 'Expectations', 'Agree on a joint pilot')));

  await m.enter('session-1', 'session-1-talk-1');
  okValue(
    await send(ben.socket, 'question:ask', {
      id: 'q-1',
      boardId: 'questions',
      text: 'How were prices agreed with producers?',
    }),
  );
  okValue(
    await send(rem.socket, 'question:ask', { id: 'q-2', boardId: 'questions', text: 'Could this work for coffee?' }),
  );
  okValue(await send(ana.socket, 'question:upvote', { id: 'q-1', up: true }));
  okValue(await send(rem.socket, 'question:upvote', { id: 'q-1', up: true }));
  okValue(await send(fac, 'question:moderate', { id: 'q-1', status: 'answered' }));
  okValue(await send(fac, 'question:moderate', { id: 'q-2', status: 'parked' }));
}

/** Notes written, revealed and grouped; a dot vote; two commitments, one confirmed, one edited. */
async function scriptSession3(m: Meeting): Promise<void> {
  const { fac, ana, ben, rem } = m;
  await m.enter('session-3', 's3-silent-writing');
  okValue(await send(fac, 'board:mode', { boardId: 'challenges', mode: 'open' }));
  okValue(
    await send(
      ana.socket,
      'note:add',
      note('ch-1', 'challenges', 'Costs and finance', 'Certification is too expensive'),
    ),
  );
  okValue(await send(ben.socket, 'note:add', note('ch-2', 'challenges', 'Markets and trade', HOSTILE_NOTE)));
  okValue(
    await send(
      ben.socket,
      'note:add',
      note('op-1', 'opportunities', 'Partnerships', 'Twin consumer and producer coops'),
    ),
  );
  // Opportunities stayed private: Ben's note is held back until the facilitator reveals it.
  okValue(await send(fac, 'board:reveal', { boardId: 'opportunities' }));
  okValue(await send(fac, 'group:create', { id: 'g-cost', boardId: 'challenges', title: 'Costs' }));
  okValue(await send(fac, 'notes:move', { noteIds: ['ch-1'], groupId: 'g-cost' }));

  await m.enter('session-3', 's3-dot-vote');
  okValue(await send(ana.socket, 'vote:cast', { boardId: 'challenges', noteId: 'ch-1' }));
  okValue(await send(ben.socket, 'vote:cast', { boardId: 'challenges', noteId: 'ch-1' }));
  okValue(await send(rem.socket, 'vote:cast', { boardId: 'challenges', noteId: 'ch-2' }));

  await m.enter('session-3', 's3-roles');
  okValue(
    await send(ana.socket, 'commitment:propose', {
      id: 'k-1',
      boardId: 'roles',
      kind: 'Finance',
      text: 'Pilot a revolving fund for certification',
      contact: 'Ana Lima',
      contactDetails: 'ana@example.org',
      followUp: '2018-09-30',
      linkedNoteIds: ['ch-1'],
    }),
  );
  okValue(
    await send(ben.socket, 'commitment:propose', {
      id: 'k-2',
      boardId: 'roles',
      kind: 'Market access',
      text: '-1 shelf for coop products',
      contact: '',
      followUp: null,
      linkedNoteIds: [],
    }),
  );
  okValue(await send(fac, 'commitment:confirm', { id: 'k-1' }));
  okValue(
    await send(fac, 'commitment:edit', {
      id: 'k-2',
      contact: 'Ben Ito',
      contactDetails: 'ben@example.org',
      followUp: '2018-11-15',
    }),
  );
}

/** The closing review: both expectations rated, then verdicts, one with a carry-forward action. */
async function scriptClosing(m: Meeting): Promise<void> {
  const { fac, ana, ben, rem } = m;
  await m.enter('closing', 'closing-review');
  okValue(
    await send(fac, 'review:set', { boardId: 'expectations', status: 'open', layout: 'one', currentNoteId: 'exp-1' }),
  );
  for (const [p, rating] of [
    [ana, 'met'],
    [ben, 'partly'],
    [rem, 'met'],
  ] as const)
    okValue(await send(p.socket, 'expectation:rate', { noteId: 'exp-1', rating }));
  okValue(await send(fac, 'review:set', { boardId: 'expectations', currentNoteId: 'exp-2' }));
  for (const [p, rating] of [
    [ana, 'not_met'],
    [ben, 'partly'],
  ] as const)
    okValue(await send(p.socket, 'expectation:rate', { noteId: 'exp-2', rating }));
  okValue(await send(fac, 'review:set', { boardId: 'expectations', status: 'closed' }));
  okValue(await send(fac, 'expectation:verdict', { noteId: 'exp-1', verdict: 'met', action: null }));
  okValue(
    await send(fac, 'expectation:verdict', {
      noteId: 'exp-2',
      verdict: 'not_met',
      action: { text: 'Draft the pilot concept note', organisation: 'ILO COOP', due: '2018-07-31' },
    }),
  );
}

/** Fetches the report with `key` as the bearer (or none). */
export function fetchReport(server: TestServer, code: string, format: string, key?: string): Promise<Response> {
  return fetch(
    `${server.url}/api/workshops/${code}/report?format=${format}`,
    key === undefined ? {} : { headers: { authorization: `Bearer ${key}` } },
  );
}
