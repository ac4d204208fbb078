/** Grouping: create, rename, delete, and moving one or many notes without dragging. */
import { describe, expect, it } from 'vitest';
import { createGroup, deleteGroup, moveNotes, renameGroup } from '../../server/domain/groups.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { ANA, BEN, boardState, must, T0, withNote } from '../helpers/board-state.ts';

function base(): WorkshopState {
  let s = withNote(withNote(withNote(boardState(), 'a1', ANA), 'a2', ANA), 'b1', BEN);
  s = withNote(s, 'o1', BEN, { boardId: 'opportunities', column: 'Partnerships' });
  s = must(createGroup(s, { id: 'g1', boardId: 'challenges', title: 'Finance' })).state;
  return must(createGroup(s, { id: 'g2', boardId: 'challenges', title: 'Skills' })).state;
}

describe('groups', () => {
  it('orders new groups after the existing ones on the board', () => {
    const s = base();
    expect([s.pub.groups.g1!.order, s.pub.groups.g2!.order]).toEqual([1, 2]);
  });

  it.each([
    [
      'create on an unknown board',
      (s: WorkshopState) => createGroup(s, { id: 'g9', boardId: 'nope', title: 'x' }),
      'not_found',
    ],
    [
      'create with a used id',
      (s: WorkshopState) => createGroup(s, { id: 'g1', boardId: 'challenges', title: 'x' }),
      'conflict',
    ],
    ['rename a missing group', (s: WorkshopState) => renameGroup(s, 'zz', 'x', T0), 'not_found'],
    ['delete a missing group', (s: WorkshopState) => deleteGroup(s, 'zz', T0), 'not_found'],
    [
      'move a missing note',
      (s: WorkshopState) => moveNotes(s, { noteIds: ['a1', 'zz'], groupId: 'g1' }, T0),
      'not_found',
    ],
    [
      'move into a missing group',
      (s: WorkshopState) => moveNotes(s, { noteIds: ['a1'], groupId: 'zz' }, T0),
      'not_found',
    ],
    [
      "move into another board's group",
      (s: WorkshopState) => moveNotes(s, { noteIds: ['o1'], groupId: 'g1' }, T0),
      'bad_request',
    ],
    [
      'move to an unknown column',
      (s: WorkshopState) => moveNotes(s, { noteIds: ['a1'], groupId: null, column: 'Nope' }, T0),
      'bad_request',
    ],
  ])('refuses to %s', (_n, run, error) => {
    const s = base();
    const r = run(s);
    expect(r.ok ? null : r.error).toBe(error);
  });

  it('moves many notes at once, all or nothing', () => {
    const s = base();
    const r = must(moveNotes(s, { noteIds: ['a1', 'a2', 'b1', 'a1'], groupId: 'g1' }, T0));
    expect(r.value).toEqual({ moved: 3 });
    expect(['a1', 'a2', 'b1'].map((id) => r.state.pub.notes[id]!.groupId)).toEqual(['g1', 'g1', 'g1']);
    expect(moveNotes(s, { noteIds: ['a1', 'zz'], groupId: 'g1' }, T0).ok).toBe(false);
  });

  it('moves to a column and out of a group (the drag path)', () => {
    const s = must(moveNotes(base(), { noteIds: ['a1'], groupId: 'g1' }, T0)).state;
    const r = must(moveNotes(s, { noteIds: ['a1'], groupId: null, column: 'Costs and finance' }, T0));
    expect(r.state.pub.notes.a1).toMatchObject({ groupId: null, column: 'Costs and finance' });
  });

  it('a move that changes nothing leaves the state untouched and records no undo', () => {
    const s = base();
    const r = must(moveNotes(s, { noteIds: ['a1'], groupId: null }, T0));
    expect(r.state).toBe(s);
  });

  it('deleting a group keeps its notes, ungrouped, and drops a spotlight on it', () => {
    let s = must(moveNotes(base(), { noteIds: ['a1', 'b1'], groupId: 'g1' }, T0)).state;
    s = {
      ...s,
      pub: { ...s.pub, room: { ...s.pub.room, focus: { kind: 'group', boardId: 'challenges', groupId: 'g1' } } },
    };
    const next = must(deleteGroup(s, 'g1', T0)).state;
    expect(next.pub.groups.g1).toBeUndefined();
    expect([next.pub.notes.a1!.groupId, next.pub.notes.b1!.groupId]).toEqual([null, null]);
    expect(next.pub.room.focus).toBeNull();
  });

  it('renames', () => {
    expect(must(renameGroup(base(), 'g1', 'Costs', T0)).state.pub.groups.g1!.title).toBe('Costs');
  });
});
