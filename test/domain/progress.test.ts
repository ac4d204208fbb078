/** "I'm done" and the live step's progress: counted once per person, only while there is something to finish, never named. */
import { describe, expect, it } from 'vitest';
import { kickParticipant } from '../../server/domain/people.ts';
import { doneStepsOf, tickDone } from '../../server/domain/progress.ts';
import type { Participant, WorkshopState } from '../../server/domain/state.ts';
import { castVote, openVote, retractVote } from '../../server/domain/votes.ts';
import type { BoardMode, ExpectationResult } from '../../shared/model.ts';
import { progressLines } from '../../shared/progress.ts';
import { ANA, BEN, boardState, must, REMOTE, T0, withNote } from '../helpers/board-state.ts';

/** The ILO day in silent writing, `challenges` active in `mode`. */
function writing(mode: BoardMode = 'private'): WorkshopState {
  const s = boardState(mode);
  const live = { segmentId: 'session-3', activityId: 's3-silent-writing', enteredAt: T0 };
  return { ...s, pub: { ...s.pub, room: { ...s.pub.room, live } } };
}

const tick = (s: WorkshopState, who: Participant, done = true) => must(tickDone(s, who, done, T0)).state;
const done = (s: WorkshopState) => s.pub.progress['s3-silent-writing']?.done ?? 0;

describe('I’m done', () => {
  it.each<[string, Array<[Participant, boolean]>, number]>([
    [
      'one tick each',
      [
        [ANA, true],
        [BEN, true],
        [REMOTE, true],
      ],
      3,
    ],
    [
      'ticking twice counts once',
      [
        [ANA, true],
        [ANA, true],
      ],
      1,
    ],
    [
      'unticking takes it back',
      [
        [ANA, true],
        [BEN, true],
        [ANA, false],
      ],
      1,
    ],
    ['unticking what was never ticked changes nothing', [[ANA, false]], 0],
  ])('%s', (_name, moves, count) => {
    const s = moves.reduce((acc, [who, d]) => tick(acc, who, d), writing());
    expect(done(s)).toBe(count);
  });

  it('keeps who ticked on the server only, and tells each person their own steps', () => {
    const s = tick(tick(writing(), ANA), BEN);
    expect(s.pub.progress).toEqual({ 's3-silent-writing': { step: 's3-silent-writing', done: 2 } });
    expect(doneStepsOf(s, ANA.id)).toEqual(['s3-silent-writing']);
    expect(doneStepsOf(s, REMOTE.id)).toEqual([]);
  });

  it('is refused when the step has nothing to finish, and before the day', () => {
    expect(tickDone(writing('locked'), ANA, true, T0)).toMatchObject({ ok: false, error: 'conflict' });
    expect(tickDone(boardState(), ANA, true, T0)).toMatchObject({ ok: false, error: 'day_not_started' });
    // Taking a tick back stays possible once the board is locked.
    const ticked = tick(writing(), ANA);
    const locked = {
      ...ticked,
      pub: {
        ...ticked.pub,
        boards: { ...ticked.pub.boards, challenges: { ...ticked.pub.boards.challenges!, mode: 'locked' as const } },
      },
    };
    expect(done(tick(locked, ANA, false))).toBe(0);
  });

  it('counts per step: ticks in one step do not fill the next', () => {
    const s = tick(writing(), ANA);
    const next = {
      ...s,
      pub: { ...s.pub, room: { ...s.pub.room, live: { ...s.pub.room.live, activityId: 's3-dot-vote' } } },
    };
    expect(progressLines(next.pub, 3)[0]).toEqual({ kind: 'done', count: 0, of: 3 });
  });

  it('drops a removed person’s ticks from the count', () => {
    const s = must(kickParticipant(tick(tick(writing(), ANA), BEN), BEN.id, T0)).state;
    expect(done(s)).toBe(1);
  });
});

describe('progress lines', () => {
  it('say how many are done of those here, never fewer here than done', () => {
    const s = tick(tick(writing(), ANA), BEN);
    expect(progressLines(s.pub, 60)).toEqual([{ kind: 'done', count: 2, of: 60 }]);
    expect(progressLines(s.pub, 1)).toEqual([{ kind: 'done', count: 2, of: 2 }]);
    expect(progressLines(writing('locked').pub, 60)).toEqual([]);
  });

  it('count voters, not dots: a second dot adds no voter, the last dot taken back removes one', () => {
    let s = withNote(withNote(writing('locked'), 'n1', ANA), 'n2', BEN);
    s = openVote(s, 'challenges', { budget: 3, allowStacking: false }, T0);
    s = must(castVote(s, ANA.id, 'challenges', 'n1')).state;
    s = must(castVote(s, ANA.id, 'challenges', 'n2')).state;
    s = must(castVote(s, BEN.id, 'challenges', 'n1')).state;
    expect(progressLines(s.pub, 60)).toContainEqual({ kind: 'voted', boardId: 'challenges', count: 2, of: 60 });
    s = must(retractVote(s, BEN.id, 'challenges', 'n1')).state;
    s = must(retractVote(s, ANA.id, 'challenges', 'n1')).state;
    expect(progressLines(s.pub, 60)).toContainEqual({ kind: 'voted', boardId: 'challenges', count: 1, of: 60 });
  });

  it('count the ratings of an open review', () => {
    const s = writing('locked');
    const result = (noteId: string, met: number, partly: number, notMet: number): ExpectationResult => ({
      noteId,
      boardId: 'expectations',
      met,
      partly,
      notMet,
      verdict: null,
      action: null,
      updatedAt: T0,
    });
    const review = { boardId: 'expectations', status: 'open' as const, layout: 'one' as const, currentNoteId: 'e1' };
    const pub = {
      ...s.pub,
      room: { ...s.pub.room, activeBoardIds: ['expectations'] },
      expectationReviews: { expectations: review },
      expectationResults: { e1: result('e1', 30, 12, 10), e2: result('e2', 0, 0, 0) },
    };
    expect(progressLines(pub, 60)).toContainEqual({ kind: 'ratings', boardId: 'expectations', count: 52 });
  });
});
