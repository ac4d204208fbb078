/** Reactions: counted per note and per step, never attributed, a few per person at a time. */
import { describe, expect, it } from 'vitest';
import { react } from '../../server/domain/reactions.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { REACTION_LIMITS } from '../../shared/reactions.ts';
import { ANA, BEN, boardState, must, T0, withNote } from '../helpers/board-state.ts';

function live(): WorkshopState {
  const s = withNote(boardState(), 'n1', BEN);
  const room = { ...s.pub.room, live: { segmentId: 'session-3', activityId: 's3-grouping', enteredAt: T0 } };
  return { ...s, pub: { ...s.pub, room } };
}
const onNote = { kind: 'note', noteId: 'n1' } as const;

describe('reactions', () => {
  it('count per note and per step, by kind, and keep nobody’s name in the document', () => {
    let s = live();
    s = must(react(s, ANA, onNote, 'agree', T0)).state;
    s = must(react(s, BEN, onNote, 'agree', T0 + 1)).state;
    s = must(react(s, ANA, { kind: 'step' }, 'applause', T0 + 2)).state;
    expect(s.pub.reactions['note:n1']).toMatchObject({ counts: { agree: 2, applause: 0 }, lastAt: T0 + 1 });
    expect(s.pub.reactions['step:s3-grouping']?.counts.applause).toBe(1);
    expect(JSON.stringify(s.pub.reactions)).not.toContain(ANA.id);
  });

  it.each<[string, WorkshopState, object, string]>([
    ['a note not shown', live(), { kind: 'note', noteId: 'gone' }, 'not_found'],
    ['the step before the day', boardState(), { kind: 'step' }, 'day_not_started'],
  ])('refuses %s', (_name, s, target, error) => {
    expect(react(s, ANA, target as never, 'plus', T0)).toMatchObject({ ok: false, error });
  });

  it('refuses a flood: the allowance per window, then room again once the window passes', () => {
    let s = live();
    for (let i = 0; i < REACTION_LIMITS.perWindow; i++) s = must(react(s, ANA, onNote, 'plus', T0 + i)).state;
    expect(react(s, ANA, onNote, 'plus', T0 + 100)).toMatchObject({ ok: false, error: 'rate_limited' });
    expect(react(s, BEN, onNote, 'plus', T0 + 100).ok).toBe(true);
    expect(react(s, ANA, onNote, 'plus', T0 + REACTION_LIMITS.windowMs + 1).ok).toBe(true);
    expect(s.pub.reactions['note:n1']?.counts.plus).toBe(REACTION_LIMITS.perWindow);
  });
});
