/** Designing boards: create, retitle, change columns, remove; nothing anyone wrote is ever orphaned. */
import { describe, expect, it } from 'vitest';
import { BoardCreateInput, BoardEditInput } from '../../shared/schemas/design-commands.ts';
import { createBoard, editBoard, removeBoard } from '../../server/domain/board-design.ts';
import { deleteNote, hideNote } from '../../server/domain/notes.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { ANA, boardState, FACILITATOR, must, T0, withNote } from '../helpers/board-state.ts';

const spec = (id: string, extra: object = {}) =>
  BoardCreateInput.parse({ id, kind: 'notes', title: 'Parking lot', columns: ['Later'], ...extra });
const edit = (s: WorkshopState, input: object) => editBoard(s, BoardEditInput.parse(input));
/** The ILO workshop with an unused board `spare` beside its five. */
const withSpare = () => must(createBoard(boardState('open', { active: false }), spec('spare'))).state;

describe('board design', () => {
  it('creates a board, locked, with what its kind needs', () => {
    const s = must(createBoard(boardState(), spec('matrix', { kind: 'roles', columns: ['Lead'] }))).state;
    expect(s.pub.boards.matrix).toMatchObject({ mode: 'locked', hiddenCount: 0, columns: ['Lead'] });
    expect(s.pub.roleMatrices.matrix).toEqual({ boardId: 'matrix', organisations: [] });
  });

  it.each<[string, (s: WorkshopState) => ReturnType<typeof createBoard>, string]>([
    ['an id already taken', (s) => createBoard(s, spec('challenges')), 'conflict'],
    [
      'a thirteenth board',
      (s) => {
        let x = s;
        for (let i = 0; i < 7; i++) x = must(createBoard(x, spec(`b${i}`))).state;
        return createBoard(x, spec('b-last'));
      },
      'limit_reached',
    ],
  ])('refuses %s', (_name, run, error) => {
    expect(run(boardState())).toMatchObject({ ok: false, error });
  });

  it('retitles a board and changes its free columns', () => {
    const s = withNote(boardState(), 'n1', ANA);
    const next = must(edit(s, { boardId: 'challenges', title: 'Problems', columns: ['Markets and trade', 'Other'] }));
    expect(next.state.pub.boards.challenges).toMatchObject({
      title: 'Problems',
      columns: ['Markets and trade', 'Other'],
    });
  });

  it.each<[string, (s: WorkshopState) => WorkshopState]>([
    ['a shown note', (s) => withNote(s, 'n1', ANA)],
    ['a hidden note', (s) => must(hideNote(withNote(s, 'n1', ANA), 'n1', T0)).state],
  ])('keeps a column that holds %s (in_use)', (_name, setUp) => {
    expect(edit(setUp(boardState()), { boardId: 'challenges', columns: ['Other'] })).toMatchObject({
      ok: false,
      error: 'in_use',
    });
  });

  it('edits a roles board’s columns by the matrix’s own rule', () => {
    const next = must(edit(boardState(), { boardId: 'roles', columns: ['Finance', 'Advocacy'] }));
    expect(next.state.pub.boards.roles!.columns).toEqual(['Finance', 'Advocacy']);
  });

  it('removes an unused board and everything that was only its own', () => {
    const s = must(removeBoard(withSpare(), 'spare')).state;
    expect(s.pub.boards.spare).toBeUndefined();
    expect(Object.keys(s.pub.boards)).toEqual(['expectations', 'questions', 'challenges', 'opportunities', 'roles']);
  });

  it.each<[string, (s: WorkshopState) => WorkshopState, string]>([
    ['a step uses', (s) => s, 'challenges'],
    [
      'the room is working on',
      (s) => ({ ...s, pub: { ...s.pub, room: { ...s.pub.room, activeBoardIds: ['spare'] } } }),
      'spare',
    ],
    ['holds a note', (s) => withNote(s, 'n1', ANA, { boardId: 'spare', column: 'Later' }), 'spare'],
    [
      'undo could bring a note back to',
      (s) =>
        must(deleteNote(withNote(s, 'n1', ANA, { boardId: 'spare', column: 'Later' }), FACILITATOR, 'n1', T0)).state,
      'spare',
    ],
  ])('keeps a board that %s (in_use)', (_name, setUp, boardId) => {
    const s = setUp(withSpare());
    expect(removeBoard(s, boardId)).toMatchObject({ ok: false, error: 'in_use' });
  });

  it('answers not_found for a board that does not exist', () => {
    expect(removeBoard(boardState(), 'nope')).toMatchObject({ ok: false, error: 'not_found' });
    expect(edit(boardState(), { boardId: 'nope', title: 'x' })).toMatchObject({ ok: false, error: 'not_found' });
  });
});
