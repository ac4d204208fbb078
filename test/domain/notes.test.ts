/** Notes: where one may write, ownership, bounds, the rate limit and private writing. */
import { describe, expect, it } from 'vitest';
import { addNote, deleteNote, editNote, hideNote } from '../../server/domain/notes.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import type { BoardMode } from '../../shared/model.ts';
import { NoteAddInput, NoteEditInput, GroupTitle } from '../../shared/schemas/boards.ts';
import { JoinInput } from '../../shared/schemas/session.ts';
import { ANA, as, BEN, boardState, FACILITATOR, must, REMOTE, T0, withNote } from '../helpers/board-state.ts';

const input = (id = 'n1', boardId = 'challenges', column = 'Markets and trade') => ({
  id,
  boardId,
  column,
  text: 'Access to finance',
});

describe('who may add a note where', () => {
  it.each<[string, BoardMode, { active?: boolean; remoteWriting?: boolean }, typeof ANA, string, string | null]>([
    ['open, active board', 'open', {}, ANA, 'challenges', null],
    ['private, active board', 'private', {}, ANA, 'challenges', null],
    ['locked board', 'locked', {}, ANA, 'challenges', 'board_locked'],
    ['inactive board', 'open', { active: false }, ANA, 'challenges', 'board_closed'],
    ['remote, remote writing on', 'open', {}, REMOTE, 'challenges', null],
    ['remote, remote writing off', 'open', { remoteWriting: false }, REMOTE, 'challenges', 'remote_writing_closed'],
    ['room person, remote writing off', 'open', { remoteWriting: false }, ANA, 'challenges', null],
    ['unknown board', 'open', {}, ANA, 'nope', 'not_found'],
    ['questions board (not a notes board)', 'open', {}, ANA, 'questions', 'not_found'],
  ])('%s', (_name, mode, opts, who, boardId, error) => {
    const r = addNote(boardState(mode, opts), as(who), input('n1', boardId), T0);
    if (error) expect(r).toEqual({ ok: false, error });
    else expect(r.ok).toBe(true);
  });

  it('refuses a column the board does not have', () => {
    expect(addNote(boardState(), as(ANA), input('n1', 'challenges', 'Nope'), T0)).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
  });

  it('refuses an id already used by any note, shown or held', () => {
    expect(addNote(withNote(boardState(), 'n1', BEN), as(ANA), input('n1'), T0)).toMatchObject({
      ok: false,
      error: 'conflict',
    });
    const held = must(addNote(boardState('private'), as(BEN), input('n1'), T0)).state;
    expect(addNote(held, as(ANA), input('n1'), T0)).toMatchObject({ ok: false, error: 'conflict' });
  });

  it('lets the facilitator write on a locked board, as the facilitator', () => {
    const s = must(addNote(boardState('locked'), FACILITATOR, input(), T0)).state;
    expect(s.pub.notes.n1).toMatchObject({ authorId: 'facilitator', text: 'Access to finance' });
  });
});

describe('rate limit: 10 notes per 10 s per participant', () => {
  function post(s: WorkshopState, n: number, at: (i: number) => number) {
    for (let i = 0; i < n; i++) s = must(addNote(s, as(ANA), input(`n${i}`), at(i))).state;
    return s;
  }
  it.each([
    ['the 11th note within 10 s', 10, T0 + 500, 'rate_limited'],
    ['the 11th note after the window', 10, T0 + 10_001, null],
    ['the 10th note', 9, T0 + 500, null],
  ])('%s', (_n, count, at, error) => {
    const s = post(boardState(), count, (i) => T0 + i * 10);
    const r = addNote(s, as(ANA), input('last'), at);
    expect(r.ok ? null : r.error).toBe(error);
  });
  it('counts per participant', () => {
    const s = post(boardState(), 10, (i) => T0 + i);
    expect(addNote(s, as(BEN), input('b1'), T0 + 20).ok).toBe(true);
  });
});

describe('private writing', () => {
  it('holds the note out of the document, counts it, and keeps it for the author', () => {
    const r = must(addNote(boardState('private'), as(ANA), input(), T0));
    expect(r.value).toEqual({ id: 'n1', held: true });
    expect(r.state.pub.notes).toEqual({});
    expect(r.state.pub.boards.challenges!.hiddenCount).toBe(1);
    expect(r.state.priv.heldNotes.n1).toMatchObject({ text: 'Access to finance', authorId: 'ana' });
  });
  it('lets the author edit and delete a held note, and only the author', () => {
    const s = must(addNote(boardState('private'), as(ANA), input(), T0)).state;
    expect(must(editNote(s, as(ANA), { noteId: 'n1', text: 'New' }, T0 + 1)).state.priv.heldNotes.n1!.text).toBe('New');
    expect(editNote(s, as(BEN), { noteId: 'n1', text: 'x' }, T0)).toEqual({ ok: false, error: 'not_found' });
    expect(editNote(s, FACILITATOR, { noteId: 'n1', text: 'x' }, T0)).toEqual({ ok: false, error: 'not_found' });
    const gone = must(deleteNote(s, as(ANA), 'n1', T0)).state;
    expect(gone.priv.heldNotes).toEqual({});
    expect(gone.pub.boards.challenges!.hiddenCount).toBe(0);
  });
  it.each([
    ['the key holder', FACILITATOR, 'facilitator', ''],
    ['a co-facilitator', { role: 'facilitator', participant: ANA } as const, 'ana', ANA.name],
  ])('holds a note of %s like everyone’s, with its author, editable by them alone', (_who, staff, authorId, name) => {
    const r = must(addNote(boardState('private'), staff, input(), T0));
    expect(r.value).toEqual({ id: 'n1', held: true });
    expect(r.state.pub.notes).toEqual({});
    expect(r.state.priv.heldNotes.n1).toMatchObject({ authorId, authorName: name });
    expect(must(editNote(r.state, staff, { noteId: 'n1', text: 'New' }, T0)).state.priv.heldNotes.n1!.text).toBe('New');
    expect(editNote(r.state, as(BEN), { noteId: 'n1', text: 'x' }, T0)).toEqual({ ok: false, error: 'not_found' });
  });
});

describe('ownership', () => {
  const s = withNote(withNote(boardState(), 'a1', ANA), 'b1', BEN);
  it.each([
    ['edits own note', () => editNote(s, as(ANA), { noteId: 'a1', text: 'mine' }, T0), null],
    [
      'moves own note to another column',
      () => editNote(s, as(ANA), { noteId: 'a1', column: 'Costs and finance' }, T0),
      null,
    ],
    ["edits another's note", () => editNote(s, as(ANA), { noteId: 'b1', text: 'x' }, T0), 'not_owner'],
    [
      "moves another's note",
      () => editNote(s, as(ANA), { noteId: 'b1', column: 'Costs and finance' }, T0),
      'not_owner',
    ],
    ['deletes own note', () => deleteNote(s, as(ANA), 'a1', T0), null],
    ["deletes another's note", () => deleteNote(s, as(ANA), 'b1', T0), 'not_owner'],
    ['edits a missing note', () => editNote(s, as(ANA), { noteId: 'zz', text: 'x' }, T0), 'not_found'],
    ['facilitator edits any note', () => editNote(s, FACILITATOR, { noteId: 'b1', text: 'x' }, T0), null],
    ['facilitator deletes any note', () => deleteNote(s, FACILITATOR, 'b1', T0), null],
    [
      'edits own note on a locked board',
      () => editNote(withNote(boardState('locked'), 'a1', ANA), as(ANA), { noteId: 'a1', text: 'x' }, T0),
      'board_locked',
    ],
    [
      'moves own note to an unknown column',
      () => editNote(s, as(ANA), { noteId: 'a1', column: 'Nope' }, T0),
      'bad_request',
    ],
  ])('%s', (_name, run, error) => {
    const r = run();
    expect(r.ok ? null : r.error).toBe(error);
  });

  it('hide takes the note out of the document into private state and drops the spotlight on it', () => {
    const focused = {
      ...s,
      pub: { ...s.pub, room: { ...s.pub.room, focus: { kind: 'note' as const, boardId: 'challenges', noteId: 'b1' } } },
    };
    const next = must(hideNote(focused, 'b1', T0)).state;
    expect(next.pub.notes.b1).toBeUndefined();
    expect(next.priv.hiddenNotes.b1?.text).toBe('text b1');
    expect(next.pub.room.focus).toBeNull();
  });
});

describe('input bounds', () => {
  it.each([
    ['empty text', { ...input(), text: '   ' }, false],
    ['500 characters', { ...input(), text: 'x'.repeat(500) }, true],
    ['501 characters', { ...input(), text: 'x'.repeat(501) }, false],
    ['500 characters after trimming', { ...input(), text: `  ${'x'.repeat(500)}  ` }, true],
    ['an id with a slash', { ...input('a/b') }, false],
    ['a 65-character id', { ...input('x'.repeat(65)) }, false],
  ])('note: %s', (_n, value, valid) => expect(NoteAddInput.safeParse(value).success).toBe(valid));
  it.each([
    ['', false],
    ['x'.repeat(80), true],
    ['x'.repeat(81), false],
  ])('group title of %#', (title, valid) => expect(GroupTitle.safeParse(title).success).toBe(valid));
  it.each([
    ['x'.repeat(60), true],
    ['x'.repeat(61), false],
    [' ', false],
  ])('name %#', (name, valid) =>
    expect(JoinInput.safeParse({ name, organisation: 'Coop', attendance: 'room' }).success).toBe(valid),
  );
  it('an edit must change something', () => expect(NoteEditInput.safeParse({ noteId: 'a' }).success).toBe(false));
});
