/** Hands and the speakers' queue: order, the floor, lowering, skipping, a person leaving, the projector per step. */
import { describe, expect, it } from 'vitest';
import { clearQueue, giveFloor, raiseHand, showQueue, skipHand } from '../../server/domain/hands.ts';
import { kickParticipant } from '../../server/domain/people.ts';
import type { Participant, WorkshopState } from '../../server/domain/state.ts';
import { floorHolder, queueShown, waitingHands } from '../../shared/speakers-queue.ts';
import { ANA, BEN, boardState, must, REMOTE, T0 } from '../helpers/board-state.ts';

type Move =
  | ['up' | 'down', Participant]
  | ['floor', Participant | null]
  | ['skip', Participant]
  | ['clear']
  | ['kick', Participant];

/** Plays moves one second apart from T0 and returns the state. */
function play(moves: Move[], s: WorkshopState = boardState()): WorkshopState {
  return moves.reduce((state, move, i) => {
    const now = T0 + i * 1000;
    const [kind, who] = move;
    if (kind === 'up' || kind === 'down') return must(raiseHand(state, who, kind === 'up', now)).state;
    if (kind === 'floor') return must(giveFloor(state, { participantId: who?.id ?? null }, now)).state;
    if (kind === 'skip') return must(skipHand(state, { participantId: who.id }, now)).state;
    if (kind === 'kick') return must(kickParticipant(state, who.id, now)).state;
    return must(clearQueue(state)).state;
  }, s);
}

const queue = (s: WorkshopState) => waitingHands(s.pub.hands).map((h) => h.participantId);
const floor = (s: WorkshopState) => floorHolder(s.pub.hands)?.participantId ?? null;

describe('the speakers’ queue', () => {
  it.each<[string, Move[], string[], string | null]>([
    [
      'in the order hands went up',
      [
        ['up', BEN],
        ['up', ANA],
        ['up', REMOTE],
      ],
      ['ben', 'ana', 'rem'],
      null,
    ],
    [
      'raising twice keeps one place',
      [
        ['up', BEN],
        ['up', ANA],
        ['up', BEN],
      ],
      ['ben', 'ana'],
      null,
    ],
    [
      'lowering leaves the queue',
      [
        ['up', BEN],
        ['up', ANA],
        ['down', BEN],
      ],
      ['ana'],
      null,
    ],
    ['lowering a hand never raised changes nothing', [['down', ANA]], [], null],
    [
      'the floor takes a hand out of the queue',
      [
        ['up', BEN],
        ['up', ANA],
        ['floor', ANA],
      ],
      ['ben'],
      'ana',
    ],
    [
      'the next floor ends the turn before',
      [
        ['up', BEN],
        ['up', ANA],
        ['floor', ANA],
        ['floor', BEN],
      ],
      [],
      'ben',
    ],
    [
      'no one: the turn ends',
      [
        ['up', BEN],
        ['floor', BEN],
        ['floor', null],
      ],
      [],
      null,
    ],
    [
      'the speaker lowering ends their turn',
      [
        ['up', BEN],
        ['floor', BEN],
        ['down', BEN],
      ],
      [],
      null,
    ],
    [
      'raising while holding the floor keeps the floor',
      [
        ['up', BEN],
        ['up', ANA],
        ['floor', BEN],
        ['up', BEN],
      ],
      ['ana'],
      'ben',
    ],
    [
      'raising again after a turn queues at the back',
      [
        ['up', BEN],
        ['up', ANA],
        ['floor', BEN],
        ['floor', null],
        ['up', BEN],
      ],
      ['ana', 'ben'],
      null,
    ],
    [
      'skip sends a hand behind everyone',
      [
        ['up', BEN],
        ['up', ANA],
        ['up', REMOTE],
        ['skip', BEN],
      ],
      ['ana', 'rem', 'ben'],
      null,
    ],
    [
      'a person leaving leaves the queue',
      [
        ['up', BEN],
        ['up', ANA],
        ['kick', BEN],
      ],
      ['ana'],
      null,
    ],
    [
      'a speaker leaving frees the floor',
      [
        ['up', BEN],
        ['floor', BEN],
        ['kick', BEN],
      ],
      [],
      null,
    ],
    ['clear lowers every hand and ends the turn', [['up', BEN], ['up', ANA], ['floor', ANA], ['clear']], [], null],
  ])('%s', (_name, moves, waiting, speaker) => {
    const s = play(moves);
    expect(queue(s)).toEqual(waiting);
    expect(floor(s)).toBe(speaker);
  });

  it('keeps the wait from when the hand went up, marks remote hands, and when the floor was given', () => {
    const s = play([
      ['up', REMOTE],
      ['up', ANA],
      ['skip', REMOTE],
      ['floor', ANA],
    ]);
    expect(s.pub.hands.rem).toMatchObject({ attendance: 'remote', raisedAt: T0, name: REMOTE.name });
    expect(s.pub.hands.rem!.queuedAt).toBeGreaterThan(s.pub.hands.rem!.raisedAt);
    expect(s.pub.hands.ana).toMatchObject({ attendance: 'room', raisedAt: T0 + 1000, floorAt: T0 + 3000 });
  });

  it('answers whether the hand is up, also when nothing changed', () => {
    const s = play([['up', ANA]]);
    expect(must(raiseHand(s, ANA, true, T0)).value).toEqual({ raised: true });
    expect(must(raiseHand(s, ANA, true, T0)).state).toBe(s);
    expect(must(raiseHand(s, BEN, false, T0)).value).toEqual({ raised: false });
  });

  it.each<[string, (s: WorkshopState) => { ok: boolean }, string]>([
    ['the floor to someone without a hand', (s) => giveFloor(s, { participantId: 'ben' }, T0), 'not_found'],
    ['skipping someone without a hand', (s) => skipHand(s, { participantId: 'ben' }, T0), 'not_found'],
    ['skipping the speaker', (s) => skipHand(s, { participantId: 'ana' }, T0), 'conflict'],
  ])('refuses %s', (_name, run, error) => {
    expect(
      run(
        play([
          ['up', ANA],
          ['floor', ANA],
        ]),
      ),
    ).toMatchObject({ ok: false, error });
  });
});

describe('the queue on the projector', () => {
  const at = (s: WorkshopState, segmentId: string | null, activityId: string | null = null): WorkshopState => ({
    ...s,
    pub: { ...s.pub, room: { ...s.pub.room, live: { segmentId, activityId, enteredAt: T0 } } },
  });

  it('is shown per step: on in one step, off again in the next until turned on there', () => {
    const talk = must(showQueue(at(boardState(), 'session-1', 'session-1-talk-1'), { shown: true })).state;
    expect(queueShown(talk.pub.room.display, talk.pub.room.live)).toBe(true);
    const qa = at(talk, 'session-1', 'session-1-qa');
    expect(queueShown(qa.pub.room.display, qa.pub.room.live)).toBe(false);
    const back = at(qa, 'session-1', 'session-1-talk-1');
    expect(queueShown(back.pub.room.display, back.pub.room.live)).toBe(true);
    const off = must(showQueue(back, { shown: false })).state;
    expect(queueShown(off.pub.room.display, off.pub.room.live)).toBe(false);
  });

  it('needs a live step', () => {
    expect(showQueue(at(boardState(), null), { shown: true })).toMatchObject({ ok: false, error: 'day_not_started' });
  });
});
