/** Anonymous boards: when the switch is allowed, what a note carries, and who still owns it. Pure states. */
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_AUTHOR } from '../../shared/anonymity.ts';
import type { Note } from '../../shared/model.ts';
import { ownedNoteIds, ownerOf, setAnonymous } from '../../server/domain/anonymity.ts';
import { revealBoard } from '../../server/domain/boards.ts';
import { moveNotes } from '../../server/domain/groups.ts';
import { leaveWorkshop } from '../../server/domain/leaving.ts';
import { mergePeople } from '../../server/domain/merge.ts';
import { addNote, deleteNote, editNote, hideNote, type BoardActor } from '../../server/domain/notes.ts';
import { buildReport } from '../../server/domain/report.ts';
import { undoLast } from '../../server/domain/undo.ts';
import type { WorkshopState } from '../../server/domain/state.ts';
import { renderCsv } from '../../server/report/csv.ts';
import { renderHtml } from '../../server/report/html.ts';
import { renderJson } from '../../server/report/json.ts';
import { renderMarkdown } from '../../server/report/markdown.ts';
import { setFocus } from '../../server/domain/focus.ts';
import { followerView } from '../../shared/follower-view.ts';
import { lowDataState } from '../../shared/low-data.ts';
import { ANA, as, BEN, boardState, FACILITATOR, must, T0, withNote } from '../helpers/board-state.ts';

const COLUMN = 'Markets and trade';
const anon = (s: WorkshopState, on = true) => must(setAnonymous(s, 'challenges', on)).state;
const write = (s: WorkshopState, who: BoardActor, id: string, at = T0) =>
  must(addNote(s, who, { id, boardId: 'challenges', column: COLUMN, text: `text ${id}` }, at)).state;
const noteIn = (s: WorkshopState, id: string): Note => (s.pub.notes[id] ?? s.priv.heldNotes[id])!;

describe('the switch', () => {
  const written = withNote(boardState('open'), 'a1', ANA);
  it.each([
    ['on, nothing written', boardState('locked'), true, null],
    ['on, while open and empty', boardState('open'), true, null],
    ['on, a note shown', written, true, 'anonymous_too_late'],
    ['on, a note held', write(boardState('private'), as(ANA), 'h1'), true, 'anonymous_too_late'],
    ['on, a note hidden', must(hideNote(written, 'a1', T0)).state, true, 'anonymous_too_late'],
    [
      'on, a deleted note undo can bring back',
      must(deleteNote(written, FACILITATOR, 'a1', T0)).state,
      true,
      'anonymous_too_late',
    ],
    ['off, an anonymous note shown', write(anon(boardState('open')), as(ANA), 'x1'), false, 'anonymous_kept'],
    ['off, nothing written', anon(boardState('open')), false, null],
  ] as const)('%s: %s', (_, s, on, error) => {
    const r = setAnonymous(s, 'challenges', on);
    if (error) expect(r).toMatchObject({ ok: false, error });
    else expect(must(r).state.pub.boards.challenges!.anonymous).toBe(on);
  });

  it('is refused on a board that holds no notes, and on an unknown one', () => {
    expect(setAnonymous(boardState(), 'roles', true)).toMatchObject({ ok: false, error: 'not_found' });
    expect(setAnonymous(boardState(), 'nope', true)).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('asking for what the board already is changes nothing, notes or not', () => {
    const s = write(anon(boardState('open')), as(ANA), 'x1');
    expect(must(setAnonymous(s, 'challenges', true)).state).toBe(s);
  });
});

describe('a note of an anonymous board', () => {
  const s = write(write(anon(boardState('open')), as(ANA), 'a1'), FACILITATOR, 'f1');

  it.each(['a1', 'f1'])('%s carries no author, name or organisation, staff notes included', (id) => {
    expect(s.pub.notes[id]).toMatchObject({ authorId: ANONYMOUS_AUTHOR, authorName: '', organisation: '' });
  });

  it('is known to the server as its author’s, and listed for them alone', () => {
    expect(ownerOf(s, s.pub.notes.a1!)).toBe('ana');
    expect(ownedNoteIds(s, 'ana')).toEqual(['a1']);
    expect(ownedNoteIds(s, 'ben')).toEqual([]);
    expect(ownedNoteIds(s, 'facilitator')).toEqual(['f1']);
  });

  it.each([
    ['Ana edits hers', as(ANA), true],
    ['Ben edits it', as(BEN), false],
    ['the facilitator moderates it', FACILITATOR, true],
  ] as const)('%s: %s', (_, who, allowed) => {
    const r = editNote(s, who, { noteId: 'a1', text: 'changed' }, T0 + 1);
    if (allowed) expect(must(r).state.pub.notes.a1).toMatchObject({ text: 'changed', authorId: ANONYMOUS_AUTHOR });
    else expect(r).toMatchObject({ ok: false, error: 'not_owner' });
  });

  it('Ben cannot delete it; Ana can, and then nobody is linked to it', () => {
    expect(deleteNote(s, as(BEN), 'a1', T0)).toMatchObject({ ok: false, error: 'not_owner' });
    const gone = must(deleteNote(s, as(ANA), 'a1', T0)).state;
    expect(gone.pub.notes.a1).toBeUndefined();
    expect(gone.priv.noteOwners.a1).toBeUndefined();
  });

  it('counts against its author’s rate', () => {
    let t = anon(boardState('open'));
    for (let i = 0; i < 10; i++) t = write(t, as(ANA), `n${i}`, T0 + i);
    expect(addNote(t, as(ANA), { id: 'n10', boardId: 'challenges', column: COLUMN, text: 'x' }, T0 + 11)).toMatchObject(
      { ok: false, error: 'rate_limited' },
    );
  });

  it('held, is its author’s to edit, and reveals without a name', () => {
    const held = write(anon(boardState('private')), as(ANA), 'h1');
    expect(noteIn(held, 'h1').authorName).toBe('');
    expect(editNote(held, as(ANA), { noteId: 'h1', text: 'mine' }, T0)).toMatchObject({ ok: true });
    expect(editNote(held, as(BEN), { noteId: 'h1', text: 'no' }, T0)).toMatchObject({ ok: false, error: 'not_found' });
    const shown = must(revealBoard(held, 'challenges')).state;
    expect(shown.pub.notes.h1).toMatchObject({ authorId: ANONYMOUS_AUTHOR, authorName: '', organisation: '' });
    expect(ownerOf(shown, shown.pub.notes.h1!)).toBe('ana');
  });

  it('moved, hidden and brought back by undo, stays anonymous and its author’s', () => {
    const moved = must(moveNotes(s, { noteIds: ['a1'], groupId: null, column: 'Costs and finance' }, T0)).state;
    const hidden = must(hideNote(moved, 'a1', T0)).state;
    const back = must(undoLast(hidden)).state;
    expect(back.pub.notes.a1).toMatchObject({
      authorId: ANONYMOUS_AUTHOR,
      authorName: '',
      column: 'Costs and finance',
    });
    expect(editNote(back, as(ANA), { noteId: 'a1', text: 'still mine' }, T0)).toMatchObject({ ok: true });
  });

  it('leaving: kept notes lose their owner; deleted ones go', () => {
    const kept = must(leaveWorkshop(s, 'ana', 'keep', T0)).state;
    expect(kept.pub.notes.a1).toBeDefined();
    expect(kept.priv.noteOwners.a1).toBeUndefined();
    const deleted = must(leaveWorkshop(s, 'ana', 'delete', T0)).state;
    expect(deleted.pub.notes.a1).toBeUndefined();
    expect(deleted.pub.notes.f1).toBeDefined();
  });

  it('merging people moves the ownership to the kept identity', () => {
    const merged = must(mergePeople(s, 'ben', 'ana')).state;
    expect(ownedNoteIds(merged, 'ben')).toEqual(['a1']);
    expect(merged.pub.notes.a1!.authorName).toBe('');
  });

  it('in the spotlight, appears in no view and no report format with its author', () => {
    const seen = must(setFocus(s, { kind: 'note', boardId: 'challenges', noteId: 'a1' })).state;
    const low = lowDataState(seen.pub);
    const report = buildReport(seen, T0);
    const views = [seen.pub, followerView(seen.pub), low].map((v) => JSON.stringify(v));
    const formats = [renderMarkdown(report), renderCsv(report), renderJson(report), renderHtml(report)];
    expect(JSON.stringify(low)).toContain('text a1');
    for (const text of views)
      for (const leak of [ANA.name, ANA.organisation, '"ana"']) expect(text).not.toContain(leak);
    // The report's attendance lists organisations; nothing of Ana is on the line of her note.
    for (const text of formats) {
      expect(text).not.toContain(ANA.name);
      for (const line of text.split('\n').filter((l) => l.includes('text a1')))
        expect(line).not.toContain(ANA.organisation);
    }
    const texts = [...views, ...formats];
    expect(renderMarkdown(report)).toContain('text a1 — Anonymous');
    expect(renderHtml(report)).toContain('— Anonymous · Markets and trade');
    expect(renderCsv(report)).toMatch(/text a1.*Anonymous/);
    for (const text of texts) expect(text).not.toMatch(/— ,|, ·/);
  });
});
