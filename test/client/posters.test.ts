/** Who has posted in the current step, as the facilitator console counts it. */
import { describe, expect, it } from 'vitest';
import { postersOfCurrentStep } from '../../client/src/stores/presence.ts';
import type { Note, PublicState } from '../../shared/model.ts';
import { loadTemplate } from '../../shared/templates/index.ts';

const agenda = loadTemplate('ilo-coop-2018').agenda;
const room = {
  ...({} as PublicState['room']),
  agenda,
  activeBoardIds: ['challenges', 'opportunities'],
  live: { segmentId: 'session-3', activityId: 's3-silent-writing', enteredAt: 1000 },
};
const note = (id: string, authorId: string, boardId: string, createdAt: number) =>
  ({ id, authorId, boardId, createdAt }) as Note;

describe('postersOfCurrentStep', () => {
  it.each([
    ['a visible note on an active board in this step', [note('a', 'ana', 'challenges', 1500)], {}, ['ana']],
    ['a note written before the step began', [note('a', 'ana', 'challenges', 500)], {}, []],
    ['a note on a board that is not active', [note('a', 'ana', 'roles', 1500)], {}, []],
    ['notes held back in private mode, known by count only', [], { challenges: { ben: 2, cleo: 0 } }, ['ben']],
    ['held notes on an inactive board', [], { expectations: { ben: 1 } }, []],
  ])('counts %s', (_name, notes, heldBy, expected) => {
    const state = { room, notes: Object.fromEntries(notes.map((n) => [n.id, n])) };
    expect([...postersOfCurrentStep(state, heldBy)].sort()).toEqual(expected);
  });

  it('counts nobody before the replica has the room', () => {
    expect(postersOfCurrentStep(null).size).toBe(0);
  });
});
