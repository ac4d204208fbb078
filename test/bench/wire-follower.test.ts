import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { marksIn } from '../../bench/worker/wire-follower.ts';

/** The update one transaction on `doc` produces. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  doc.on('update', capture);
  doc.transact(change);
  doc.off('update', capture);
  if (!update) throw new Error('the change made no update');
  return update;
}

describe('wire follower marks', () => {
  it('names new notes, replaced timers and replaced vote rounds from the update alone', () => {
    const doc = new Y.Doc();
    const room = doc.getMap('room');
    const votes = doc.getMap('votes');
    const notes = doc.getMap('notes');
    updateOf(doc, () => {
      room.set('timer', { status: 'idle', durationMs: 0, version: 0 });
      votes.set('challenges', { boardId: 'challenges', status: 'open', budget: 5 });
      notes.set('n1', { id: 'n1', boardId: 'challenges', text: 'first' });
    });
    const later = updateOf(doc, () => {
      notes.set('n2', { id: 'n2', boardId: 'challenges', text: 'second' });
      room.set('timer', { status: 'running', durationMs: 60_000, version: 1 });
      votes.set('challenges', { boardId: 'challenges', status: 'closed', budget: 5 });
      // An edit of a known note replaces its value: not a new note.
      notes.set('n1', { id: 'n1', boardId: 'challenges', text: 'first, edited' });
    });
    expect(marksIn(later).sort()).toEqual(['n:n2', 't:1', 'v:challenges:closed']);
  });

  it('reads a merged batch of updates as the server sends it', () => {
    const doc = new Y.Doc();
    const notes = doc.getMap('notes');
    const updates = ['a', 'b', 'c'].map((id) => updateOf(doc, () => notes.set(id, { id, text: id })));
    expect(marksIn(Y.mergeUpdates(updates)).sort()).toEqual(['n:a', 'n:b', 'n:c']);
  });
});
