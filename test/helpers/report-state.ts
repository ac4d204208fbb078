/** A workshop state with something in every report section, for the report's pure tests. */
import type { WorkshopState } from '../../server/domain/state.ts';
import type { Commitment, ExpectationResult, Group, Question, VoteRound } from '../../shared/model.ts';
import { venueTimeToInstant } from '../../shared/time.ts';
import { ANA, BEN, boardState, person, T0, withNote } from './board-state.ts';

/** An instant on the ILO workshop's day, from the venue clock. */
export const at = (hhmm: string) => venueTimeToInstant('2018-06-12', hhmm, 'Europe/Zurich');

/** A compressed day: opening and Session 3 ran (late), notes grouped and voted, commitments, a review, questions. */
export function reportState(): WorkshopState {
  let s = boardState();
  s = withNote(s, 'c1', ANA, { text: 'Certification costs', groupId: 'g1' });
  s = withNote(s, 'c2', BEN, { text: 'No shared catalogue', groupId: 'g1', createdAt: T0 });
  s = withNote(s, 'c3', BEN, { text: 'Loose note' });
  s = withNote(s, 'o1', ANA, {
    boardId: 'opportunities',
    column: 'Partnerships',
    text: 'Twin consumer and producer coops',
  });
  s = withNote(s, 'e1', ANA, { boardId: 'expectations', column: 'Expectations', text: 'Find trade partners' });
  const groups: Record<string, Group> = {
    g1: { id: 'g1', boardId: 'challenges', title: 'Costs', order: 0 },
    g2: { id: 'g2', boardId: 'challenges', title: 'Empty', order: 1 },
  };
  const votes: Record<string, VoteRound> = {
    challenges: {
      boardId: 'challenges',
      status: 'closed',
      budget: 5,
      allowStacking: false,
      openedAt: T0,
      closedAt: T0 + 1,
      dotsCast: 4,
      results: { c2: 3, c3: 1 },
    },
  };
  const commitment: Commitment = {
    id: 'k1',
    boardId: 'roles',
    organisation: 'Org ana',
    kind: 'Finance',
    text: 'Revolving fund',
    contact: 'ana@example.org',
    followUp: '2018-09-01',
    status: 'confirmed',
    proposedBy: 'ana',
    linkedNoteIds: ['c1', 'gone'],
    createdAt: T0,
    updatedAt: T0,
  };
  const result: ExpectationResult = {
    noteId: 'e1',
    boardId: 'expectations',
    met: 1,
    partly: 2,
    notMet: 0,
    verdict: 'partly',
    action: { text: 'Set up a partner directory', organisation: 'WFTO', due: '2018-10-01' },
    updatedAt: T0,
  };
  const q = (id: string, talkId: string, upvotes: number, status: Question['status']): Question => ({
    id,
    boardId: 'questions',
    talkId,
    text: `question ${id}`,
    authorId: 'ben',
    authorName: BEN.name,
    organisation: BEN.organisation,
    upvotes,
    status,
    createdAt: T0,
    updatedAt: T0,
  });
  const actuals = {
    opening: { startedAt: at('09:05'), endedAt: at('09:40') },
    'opening-welcome': { startedAt: at('09:05'), endedAt: at('09:22') },
    'session-3': { startedAt: at('14:40'), endedAt: null },
  };
  const pub = {
    ...s.pub,
    groups,
    votes,
    actuals,
    commitments: { k1: commitment },
    roleMatrices: { roles: { boardId: 'roles', organisations: ['Org ana', 'Org ben'] } },
    expectationResults: { e1: result },
    questions: {
      q1: q('q1', 'session-1-talk-2', 4, 'answered'),
      q2: q('q2', 'session-1-talk-1', 1, 'parked'),
      q3: q('q3', 'general', 0, 'open'),
    },
  };
  const gone = { ...person('gone'), removedAt: T0 };
  const participants = { ...s.priv.participants, zed: { ...person('zed', 'remote'), organisation: 'ORG ANA' }, gone };
  return { pub, priv: { ...s.priv, participants } };
}
