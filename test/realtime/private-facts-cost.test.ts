/**
 * Who a change concerns is read from the entities it changed, once per workshop: the work per
 * note must not grow with the notes already held (counted in property reads, not milliseconds).
 */
import { describe, expect, it } from 'vitest';
import { addNote } from '../../server/domain/notes.ts';
import { diffCollections } from '../../server/domain/collections.ts';
import { PRIVATE_COLLECTIONS, type WorkshopState } from '../../server/domain/state.ts';
import { asCollections } from '../../server/workshops/decide-command.ts';
import { concernedBy } from '../../server/realtime/private-facts.ts';
import { ANA, as, BEN, boardState, must, T0, withNote } from '../helpers/board-state.ts';

/** The workshop with `held` notes of Ben's already held on the private board, written into the state. */
function withHeld(held: number): WorkshopState {
  const s = boardState('private');
  const shown = Array.from({ length: held }, (_, i) => withNote(s, `b${i}`, BEN).pub.notes[`b${i}`]!);
  const heldNotes = Object.fromEntries(shown.map((n) => [n.id, n]));
  return { ...s, priv: { ...s.priv, heldNotes } };
}

/** Wraps every private collection so each read of an entry or of the keys is counted. */
function counted(s: WorkshopState): { state: WorkshopState; reads: () => number } {
  let reads = 0;
  const wrap = <T extends object>(record: T): T =>
    new Proxy(record, {
      get(t, k, r) {
        reads++;
        return Reflect.get(t, k, r);
      },
      getOwnPropertyDescriptor(t, k) {
        reads++;
        return Reflect.getOwnPropertyDescriptor(t, k);
      },
      ownKeys(t) {
        reads += Reflect.ownKeys(t).length;
        return Reflect.ownKeys(t);
      },
    });
  const priv = Object.fromEntries(Object.entries(s.priv).map(([k, v]) => [k, wrap(v as object)]));
  return { state: { ...s, priv: priv as unknown as WorkshopState['priv'] }, reads: () => reads };
}

/** The reads `concernedBy` makes for Ana's one new held note on a board already holding `held`. */
function readsForOneNote(held: number): { reads: number; authors: string[] } {
  const prev = withHeld(held);
  const next = must(
    addNote(prev, as(ANA), { id: 'a1', boardId: 'challenges', column: 'Markets and trade', text: 'mine' }, T0),
  ).state;
  const changes = diffCollections(asCollections(prev.priv), asCollections(next.priv), PRIVATE_COLLECTIONS);
  const a = counted(prev);
  const b = counted(next);
  const concerned = concernedBy(a.state, b.state, changes);
  return { reads: a.reads() + b.reads(), authors: [...concerned.heldNoteAuthors] };
}

describe('who a private change concerns', () => {
  it('is Ana alone for her held note, however many notes Ben holds', () => {
    expect(readsForOneNote(0).authors).toEqual(['ana']);
    expect(readsForOneNote(500).authors).toEqual(['ana']);
  });

  it('costs the same number of reads beside 10 held notes as beside 2,000', () => {
    const few = readsForOneNote(10).reads;
    const many = readsForOneNote(2000).reads;
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
