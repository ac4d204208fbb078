/**
 * The work of one note must not grow with the notes already on the board: the copy of the notes
 * (domain/records.ts), the rate bound, the diff that finds what a command changed and the undo
 * record read the few entries the command touched. Counted in reads of the state's collections
 * (through a Proxy), not in milliseconds.
 */
import { describe, expect, it } from 'vitest';
import type { Note } from '../../shared/model.ts';
import { diffCollections } from '../../server/domain/collections.ts';
import { addNote, editNote } from '../../server/domain/notes.ts';
import { PRIVATE_COLLECTIONS, type WorkshopState } from '../../server/domain/state.ts';
import { PUBLIC_COLLECTIONS } from '../../shared/model.ts';
import { asCollections, decideCommand } from '../../server/workshops/decide-command.ts';
import { ANA, as, BEN, boardState, FACILITATOR, must, T0, withNote } from '../helpers/board-state.ts';

/** The open board with `n` notes of Ben's, written into the state as one fresh collection. */
function withNotes(n: number): WorkshopState {
  const s = boardState('open');
  const one = withNote(s, 'b0', BEN).pub.notes.b0!;
  const notes: Record<string, Note> = {};
  for (let i = 0; i < n; i++) notes[`b${i}`] = { ...one, id: `b${i}`, createdAt: T0 - i, updatedAt: T0 - i };
  return { ...s, pub: { ...s.pub, notes } };
}

interface Counts {
  /** Reads of one entry (get, has, own-property look-ups), every collection together. */
  reads: number;
  /** Whole-collection walks (key listings), per collection. */
  walks: Record<string, number>;
}

/** `s` with every collection of both halves wrapped so each read and each walk is counted. */
function counted(s: WorkshopState): { state: WorkshopState; counts: Counts } {
  const counts: Counts = { reads: 0, walks: {} };
  const wrap = (name: string, record: object): object =>
    new Proxy(record, {
      get(t, k, r) {
        counts.reads++;
        return Reflect.get(t, k, r);
      },
      has(t, k) {
        counts.reads++;
        return Reflect.has(t, k);
      },
      getOwnPropertyDescriptor(t, k) {
        counts.reads++;
        return Reflect.getOwnPropertyDescriptor(t, k);
      },
      ownKeys(t) {
        counts.walks[name] = (counts.walks[name] ?? 0) + 1;
        return Reflect.ownKeys(t);
      },
    });
  const half = (x: object, names: readonly string[]) =>
    Object.fromEntries(Object.entries(x).map(([k, v]) => [k, names.includes(k) ? wrap(k, v as object) : v]));
  const state = {
    pub: half(s.pub, PUBLIC_COLLECTIONS) as unknown as WorkshopState['pub'],
    priv: half(s.priv, PRIVATE_COLLECTIONS) as unknown as WorkshopState['priv'],
  };
  return { state, counts };
}

const input = { id: 'a1', boardId: 'challenges', column: 'Markets and trade', text: 'mine' };

/** What deciding Ana's note:add costs, diff included, beside `n` notes. */
function noteAdd(n: number): Counts & { changes: string[] } {
  const { state, counts } = counted(withNotes(n));
  const run = {
    type: 'note:add',
    actor: 'ana',
    commandId: 'a1',
    decide: (s: WorkshopState, now: number) => addNote(s, as(ANA), input, now),
  };
  const decided = decideCommand(state, run, T0);
  if (!('next' in decided)) throw new Error('refused');
  const changes = [...decided.publicChanges, ...decided.privateChanges].map((c) => `${c.collection}/${c.id}`);
  return { ...counts, changes };
}

describe('the work of one note beside 10 notes and beside 2,000', () => {
  it('finds the same change', () => {
    expect(noteAdd(10).changes).toEqual(['notes/a1', 'noteTimes/ana']);
    expect(noteAdd(2000).changes).toEqual(['notes/a1', 'noteTimes/ana']);
  });

  it('never walks the notes, and reads as many entries', () => {
    const few = noteAdd(10);
    const many = noteAdd(2000);
    expect(many.walks.notes).toBeUndefined();
    expect(many.walks).toEqual(few.walks);
    expect(many.reads).toBe(few.reads);
  });

  it('diffs a note:add without reading the other notes', () => {
    const reads = (n: number) => {
      const { state, counts } = counted(withNotes(n));
      const next = must(addNote(state, as(ANA), input, T0)).state;
      const before = counts.reads;
      counts.walks = {};
      const changes = diffCollections(asCollections(state.pub), asCollections(next.pub), PUBLIC_COLLECTIONS);
      expect(changes.map((c) => c.id)).toEqual(['a1']);
      expect(counts.walks).toEqual({});
      return counts.reads - before;
    };
    expect(reads(2000)).toBe(reads(10));
  });

  it('keeps the rate bound exact: the 11th note within the window is refused, beside 2,000', () => {
    let s = withNotes(2000);
    for (let i = 0; i < 10; i++) s = must(addNote(s, as(ANA), { ...input, id: `a${i}` }, T0 + i)).state;
    expect(addNote(s, as(ANA), { ...input, id: 'a10' }, T0 + 20)).toMatchObject({ ok: false, error: 'rate_limited' });
    expect(Object.keys(s.priv.noteTimes)).toEqual(['ana']);
  });

  it('records a facilitator edit for undo without reading the other notes', () => {
    const reads = (n: number) => {
      const { state, counts } = counted(withNotes(n));
      const next = must(editNote(state, FACILITATOR, { noteId: 'b1', text: 'moderated' }, T0)).state;
      const entry = Object.values(next.priv.undo)[0]!;
      expect(Object.keys(entry.changes.notes)).toEqual(['b1']);
      return { reads: counts.reads, notesWalks: counts.walks.notes };
    };
    const few = reads(10);
    const many = reads(2000);
    expect(many.notesWalks).toBeUndefined();
    expect(many.reads).toBe(few.reads);
  });
});
