/**
 * What a rehearsal's simulated participant does next, step by step of a real room: write a few
 * notes while a board is open, place exactly its dots while a vote runs, rate the expectation
 * under review once, propose one commitment, and nothing while the room is locked (table-driven).
 */
import { describe, expect, it } from 'vitest';
import { SIM_WORDS } from '../../client/src/features/rehearsal/phrases.ts';
import {
  emptyMemory,
  nextMove,
  remember,
  type SimMemory,
} from '../../client/src/features/rehearsal/simulated-moves.ts';
import type { PublicState } from '../../shared/model.ts';
import { ANA, boardState, withNote } from '../helpers/board-state.ts';

const words = SIM_WORDS.fr;
const rand = () => 0.4;

function room(change: (s: PublicState) => PublicState = (s) => s): PublicState {
  const s = withNote(withNote(boardState('open'), 'n1', ANA), 'n2', ANA).pub;
  return change({ ...s, room: { ...s.room, activeBoardIds: ['challenges'] } });
}
const withBoardMode = (mode: 'open' | 'private' | 'locked') => (s: PublicState) => ({
  ...s,
  boards: { ...s.boards, challenges: { ...s.boards.challenges!, mode } },
});
const voting =
  (budget: number, allowStacking = false) =>
  (s: PublicState) => ({
    ...withBoardMode('locked')(s),
    votes: {
      challenges: {
        boardId: 'challenges',
        status: 'open' as const,
        budget,
        allowStacking,
        openedAt: 5,
        closedAt: null,
        dotsCast: 0,
        results: null,
      },
    },
  });

/** Runs one participant until it has nothing to do (at most 20 moves). */
function walk(s: PublicState, memory: SimMemory = emptyMemory()) {
  const moves = [];
  for (let i = 0; i < 20; i++) {
    const move = nextMove(s, memory, words, rand);
    if (!move) break;
    moves.push(move);
    memory = remember(s, memory, move);
  }
  return moves;
}

describe('a simulated participant', () => {
  it.each([
    ['writes three notes on an open board, in the workshop’s language', room(), ['note', 'note', 'note']],
    ['writes on a private board too', room(withBoardMode('private')), ['note', 'note', 'note']],
    ['does nothing while the board is locked', room(withBoardMode('locked')), []],
    ['does nothing when no board is active', room((s) => ({ ...s, room: { ...s.room, activeBoardIds: [] } })), []],
    ['places its two dots on two different notes', room(voting(2)), ['vote', 'vote']],
    ['places no more dots than there are notes when it may not stack', room(voting(5)), ['vote', 'vote']],
    ['may stack its dots', room(voting(3, true)), ['vote', 'vote', 'vote']],
  ])('%s', (_what, s, kinds) => {
    const moves = walk(s);
    expect(moves.map((m) => m.kind)).toEqual(kinds);
    for (const m of moves) if (m.kind === 'note') expect(words.notes).toContain(m.text);
    const voted = moves.flatMap((m) => (m.kind === 'vote' ? [m.noteId] : []));
    if (!(s.votes.challenges?.allowStacking ?? true)) expect(new Set(voted).size).toBe(voted.length);
  });

  it('rates the expectation under review once, and the next one when the facilitator moves on', () => {
    const reviewing =
      (noteId: string) =>
      (s: PublicState): PublicState => ({
        ...withBoardMode('locked')(s),
        expectationReviews: {
          challenges: { boardId: 'challenges', status: 'open', layout: 'one', currentNoteId: noteId },
        },
      });
    const first = walk(room(reviewing('n1')));
    expect(first).toEqual([{ kind: 'rate', noteId: 'n1', rating: 'met' }]);
    const memory = remember(room(), emptyMemory(), first[0]!);
    expect(walk(room(reviewing('n1')), memory)).toEqual([]);
    expect(walk(room(reviewing('n2')), memory).map((m) => m.kind)).toEqual(['rate']);
  });

  it('proposes one commitment of a kind the roles board has', () => {
    const roles = (s: PublicState): PublicState => ({
      ...s,
      room: { ...s.room, activeBoardIds: ['roles'] },
      boards: { ...s.boards, roles: { ...s.boards.roles!, mode: 'open' } },
    });
    const s = room(roles);
    const moves = walk(s);
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ kind: 'propose', boardId: 'roles' });
    expect(s.boards.roles!.columns).toContain((moves[0] as { column: string }).column);
  });
});
