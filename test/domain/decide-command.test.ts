/** What one command does, decided on plain states: no store, no document, no clock. */
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/errors.ts';
import { addNote } from '../../server/domain/notes.ts';
import { kickParticipant } from '../../server/domain/people.ts';
import { decideCommand } from '../../server/workshops/decide-command.ts';
import { ANA, as, boardState, T0 } from '../helpers/board-state.ts';

const note = { id: 'n1', boardId: 'challenges', column: 'Markets and trade', text: 'Prices swing' };
const run = (commandId: string | null, decide: Parameters<typeof decideCommand>[1]['decide']) => ({
  type: 'note:add',
  actor: 'ana',
  commandId,
  payload: note,
  decide,
});

describe('decideCommand', () => {
  it('gives back a refusal as it is: nothing to write, nothing recorded', () => {
    expect(
      decideCommand(
        boardState(),
        run('c1', () => fail('board_locked')),
        T0,
      ),
    ).toEqual({
      ok: false,
      error: 'board_locked',
    });
  });

  it('lists the entities to write and records the answer under the sender and the id', () => {
    const decided = decideCommand(
      boardState(),
      run('n1', (s, now) => addNote(s, as(ANA), note, now)),
      T0,
    );
    if (!('next' in decided)) throw new Error('refused');
    expect(decided.result).toEqual({ ok: true, value: { id: 'n1', held: false } });
    expect(decided.publicChanges.map((c) => `${c.collection}/${c.id}`)).toEqual(['notes/n1']);
    // The rate bound's memory of Ana's note is kept with it, so a restart does not reset her rate.
    expect(decided.privateChanges.map((c) => `${c.collection}/${c.id}`)).toEqual(['noteTimes/ana']);
    expect(decided.record).toEqual({
      commandId: 'n1',
      actor: 'ana',
      type: 'note:add',
      result: JSON.stringify(decided.result),
      at: T0,
    });
  });

  it('writes private entities as JSON, and a command without an id (the server’s own) is not recorded', () => {
    const decided = decideCommand(
      boardState(),
      run(null, (s, now) => kickParticipant(s, 'ana', now)),
      T0,
    );
    if (!('next' in decided)) throw new Error('refused');
    expect(decided.publicChanges).toEqual([]);
    expect(decided.privateChanges).toEqual([
      { collection: 'participants', id: 'ana', json: JSON.stringify(decided.next.priv.participants.ana) },
    ]);
    expect(decided.record).toBeNull();
  });

  it('records a command that changed nothing, so its resend is still answered', () => {
    const decided = decideCommand(
      boardState(),
      run('c9', (s) => ok({ state: s, value: null })),
      T0,
    );
    if (!('next' in decided)) throw new Error('refused');
    expect([decided.publicChanges, decided.privateChanges]).toEqual([[], []]);
    expect(decided.record?.commandId).toBe('c9');
  });
});
