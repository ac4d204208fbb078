/** Questions: tied to the live talk, one upvote per person, answered or parked, the projector's top list. */
import { describe, expect, it } from 'vitest';
import { askQuestion, moderateQuestion, upvoteQuestion } from '../../server/domain/questions.ts';
import { openQuestions, talksShown } from '../../shared/question-order.ts';
import { iloCoop2018 } from '../../shared/templates/ilo-coop-2018.ts';
import { WorkshopTemplate } from '../../shared/schemas/template.ts';
import type { Participant, WorkshopState } from '../../server/domain/state.ts';
import type { BoardMode, Question } from '../../shared/model.ts';
import { AskInput } from '../../shared/schemas/questions.ts';
import { ANA, BEN, boardState, must, REMOTE, T0 } from '../helpers/board-state.ts';

/** The ILO workshop during Session 1's first talk, the questions board active in `mode`. */
function talkState(mode: BoardMode = 'open', opts: { active?: boolean; remoteWriting?: boolean } = {}): WorkshopState {
  const s = boardState();
  const questions = { ...s.pub.boards.questions!, mode, remoteWriting: opts.remoteWriting ?? true };
  const live = { segmentId: 'session-1', activityId: 'session-1-talk-1', enteredAt: T0 };
  const room = { ...s.pub.room, live, activeBoardIds: opts.active === false ? [] : ['questions'] };
  return { ...s, pub: { ...s.pub, room, boards: { ...s.pub.boards, questions } } };
}

const ask = (s: WorkshopState, who: Participant = ANA, id = 'q1', boardId = 'questions') =>
  askQuestion(s, who, AskInput.parse({ id, boardId, text: 'How were prices set?' }), T0);

describe('asking', () => {
  it.each<[string, WorkshopState, Participant, string, string | null]>([
    ['during a talk', talkState(), ANA, 'questions', null],
    ['locked board', talkState('locked'), ANA, 'questions', 'board_locked'],
    ['questions board not active', talkState('open', { active: false }), ANA, 'questions', 'board_closed'],
    [
      'remote, remote writing off',
      talkState('open', { remoteWriting: false }),
      REMOTE,
      'questions',
      'remote_writing_closed',
    ],
    ['remote, remote writing on', talkState(), REMOTE, 'questions', null],
    ['a notes board', talkState(), ANA, 'challenges', 'not_found'],
  ])('%s', (_name, s, who, boardId, error) => {
    const r = ask(s, who, 'q1', boardId);
    if (error) expect(r).toMatchObject({ ok: false, error });
    else expect(r.ok).toBe(true);
  });

  it('ties the question to the live activity, with the asker’s name and organisation', () => {
    const r = must(ask(talkState()));
    expect(r.value).toEqual({ id: 'q1', talkId: 'session-1-talk-1' });
    expect(r.state.pub.questions.q1).toMatchObject({
      talkId: 'session-1-talk-1',
      authorName: ANA.name,
      organisation: ANA.organisation,
      upvotes: 0,
      status: 'open',
    });
  });

  it('falls back to the segment when it has no activity', () => {
    const s = talkState();
    const room = { ...s.pub.room, live: { segmentId: 'session-1', activityId: null, enteredAt: T0 } };
    expect(must(ask({ ...s, pub: { ...s.pub, room } })).value.talkId).toBe('session-1');
  });

  it('refuses a repeated id and stops one person at 40 questions', () => {
    let s = must(ask(talkState())).state;
    expect(ask(s, BEN, 'q1')).toMatchObject({ ok: false, error: 'conflict' });
    for (let i = 2; i <= 40; i++) s = must(ask(s, ANA, `q${i}`)).state;
    expect(ask(s, ANA, 'q41')).toMatchObject({ ok: false, error: 'limit_reached' });
  });

  it.each([
    ['', 'empty'],
    ['x'.repeat(281), 'over 280'],
  ])('the schema refuses a text that is %#', (text) => {
    expect(AskInput.safeParse({ id: 'q', boardId: 'questions', text }).success).toBe(false);
  });
});

describe('upvoting', () => {
  const asked = () => must(ask(talkState())).state;

  it('counts one upvote per person, and takes it back', () => {
    let s = asked();
    s = must(upvoteQuestion(s, BEN, { id: 'q1', up: true }, T0)).state;
    const again = must(upvoteQuestion(s, BEN, { id: 'q1', up: true }, T0));
    expect(again).toMatchObject({ state: s, value: { upvoted: true, upvotes: 1 } });
    s = must(upvoteQuestion(s, REMOTE, { id: 'q1', up: true }, T0)).state;
    expect(s.pub.questions.q1!.upvotes).toBe(2);
    s = must(upvoteQuestion(s, BEN, { id: 'q1', up: false }, T0)).state;
    expect(s.pub.questions.q1!.upvotes).toBe(1);
    expect(Object.keys(s.priv.upvotes)).toEqual(['q1:rem']);
  });

  it('refuses an upvote on one’s own question, and leaves the count as it was', () => {
    const s = asked();
    expect(upvoteQuestion(s, ANA, { id: 'q1', up: true }, T0)).toMatchObject({ ok: false, error: 'own_question' });
    expect(s.pub.questions.q1!.upvotes).toBe(0);
  });

  it('refuses an upvote on a question no longer open, or missing', () => {
    const answered = must(moderateQuestion(asked(), { id: 'q1', status: 'answered' }, T0)).state;
    expect(upvoteQuestion(answered, BEN, { id: 'q1', up: true }, T0)).toMatchObject({ ok: false, error: 'conflict' });
    expect(upvoteQuestion(answered, BEN, { id: 'nope', up: true }, T0)).toMatchObject({
      ok: false,
      error: 'not_found',
    });
  });
});

describe('moderating', () => {
  it.each(['answered', 'parked', 'open'] as const)('marks a question %s', (status) => {
    const s = must(
      moderateQuestion(
        must(ask(talkState())).state,
        { id: 'q1', status: status === 'open' ? 'parked' : status },
        T0 + 1,
      ),
    ).state;
    const back = status === 'open' ? must(moderateQuestion(s, { id: 'q1', status: 'open' }, T0 + 2)).state : s;
    expect(back.pub.questions.q1!.status).toBe(status);
  });
});

describe('the questions a step shows', () => {
  const agenda = WorkshopTemplate.parse(iloCoop2018).agenda;
  it.each<[string, string | null, string[]]>([
    ['a talk: its own questions', 'session-1-talk-2', ['session-1-talk-2']],
    [
      'the session’s Q&A: every talk of the session, the Q&A itself, and the segment',
      'session-1-qa',
      ['session-1', 'session-1-talk-1', 'session-1-talk-2', 'session-1-talk-3', 'session-1-qa'],
    ],
    ['a segment without activities', null, ['session-1']],
  ])('%s', (_name, activityId, talks) => {
    expect(talksShown(agenda, { segmentId: 'session-1', activityId }).sort()).toEqual([...talks].sort());
  });

  it('before the day starts, the general questions', () => {
    expect(talksShown(agenda, { segmentId: null, activityId: null })).toEqual(['general']);
  });
});

describe('the projector’s open questions', () => {
  const q = (id: string, upvotes: number, createdAt: number, extra: Partial<Question> = {}): Question => ({
    id,
    boardId: 'questions',
    talkId: 't1',
    text: id,
    authorId: 'a',
    authorName: 'A',
    organisation: 'O',
    upvotes,
    status: 'open',
    createdAt,
    updatedAt: createdAt,
    ...extra,
  });

  it('are the open questions of the step’s talks, most upvoted first, oldest first among equals', () => {
    const list = [
      q('a', 1, 1),
      q('b', 5, 2),
      q('c', 5, 1),
      q('d', 9, 1, { status: 'answered' }),
      q('e', 9, 1, { talkId: 't2' }),
      q('f', 0, 0),
    ];
    expect(openQuestions(list, ['t1']).map((x) => x.id)).toEqual(['c', 'b', 'a', 'f']);
    expect(openQuestions(list, ['t1', 't2']).map((x) => x.id)).toEqual(['e', 'c', 'b', 'a', 'f']);
  });
});
