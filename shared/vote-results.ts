/** Ordering a closed dot vote's results; the server's report and the client's bars use the same order. */
import type { Note, NoteId, VoteRound } from './model.ts';

export interface RankedNote {
  noteId: NoteId;
  count: number;
}

/** A closed round's results, most dots first; ties keep the board's order (oldest note first). Deleted notes drop out. */
export function rankResults(round: VoteRound, notes: Record<NoteId, Note>): RankedNote[] {
  if (!round.results) return [];
  return Object.entries(round.results)
    .filter(([id]) => notes[id])
    .map(([noteId, count]) => ({ noteId, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        notes[a.noteId]!.createdAt - notes[b.noteId]!.createdAt ||
        a.noteId.localeCompare(b.noteId),
    );
}

/** Competition ranks for ranked results: equal counts share a rank, the next rank skips (1, 2, 2, 4). */
export function sharedRanks(ranked: readonly RankedNote[]): number[] {
  return ranked.map((r) => ranked.findIndex((x) => x.count === r.count) + 1);
}
