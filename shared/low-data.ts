/**
 * The low-data view of a workshop, for the most expensive links: the public state with note text
 * only where the room is looking (the spotlight, the expectation under review, a closed vote's
 * leaders) and counts for everything else. The server keeps it in a document of its own, so a
 * low-data follower's replica never receives the notes it does not show.
 */
import type { BoardId, GroupId, Note, NoteId, PublicState } from './model.ts';
import { rankResults } from './vote-results.ts';

/** How many notes a board holds, in each of its groups and outside any group. */
export interface BoardCounts {
  total: number;
  groups: Record<GroupId, number>;
  ungrouped: number;
}

export type NoteCounts = Record<BoardId, BoardCounts>;

/** Everything in the low-data document: the public collections (notes filtered) and the counts. */
export interface LowDataState extends PublicState {
  noteCounts: NoteCounts;
}

/** The Yjs host closes a low-data replica with this code when it holds a document made by an earlier process. */
export const LOW_DATA_REPLACED = 4009;

/** A closed vote's leaders keep their text in the low-data view: the outcome is what the follower came for. */
export const LOW_DATA_VOTE_LEADERS = 5;

/** Counts the notes of every board, by group. */
export function countNotes(notes: Record<NoteId, Note>): NoteCounts {
  const counts: NoteCounts = {};
  for (const n of Object.values(notes)) {
    counts[n.boardId] ??= { total: 0, groups: {}, ungrouped: 0 };
    const c = counts[n.boardId]!;
    c.total++;
    if (n.groupId === null) c.ungrouped++;
    else c.groups[n.groupId] = (c.groups[n.groupId] ?? 0) + 1;
  }
  return counts;
}

/** The notes the room is looking at now, whose text the low-data view keeps. */
export function notesInView(pub: PublicState): Set<NoteId> {
  const keep = new Set<NoteId>();
  const { focus, activeBoardIds } = pub.room;
  const notes = Object.values(pub.notes);
  if (focus?.kind === 'note') keep.add(focus.noteId);
  if (focus?.kind === 'group') for (const n of notes) if (n.groupId === focus.groupId) keep.add(n.id);
  for (const boardId of activeBoardIds) {
    const review = pub.expectationReviews[boardId];
    if (review && review.status !== 'idle') {
      if (review.layout === 'grid') for (const n of notes) n.boardId === boardId && keep.add(n.id);
      else if (review.currentNoteId) keep.add(review.currentNoteId);
    }
    const round = pub.votes[boardId];
    if (round?.status === 'closed')
      for (const r of rankResults(round, pub.notes).slice(0, LOW_DATA_VOTE_LEADERS)) keep.add(r.noteId);
  }
  return keep;
}

/** The low-data view of `pub`; untouched entities keep their references, so diffing it stays cheap. */
export function lowDataState(pub: PublicState): LowDataState {
  const keep = notesInView(pub);
  const notes: Record<NoteId, Note> = {};
  for (const id of keep) if (pub.notes[id]) notes[id] = pub.notes[id];
  return { ...pub, notes, noteCounts: countNotes(pub.notes) };
}
