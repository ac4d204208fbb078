/**
 * How far the room is with the live step, counted by the server: "41 of 60 done" while writing,
 * voting or rating, "34 of 60 have voted", "52 ratings". Counts only: nobody is named, least of
 * all who has not finished. Shared so the console and the projector say the same.
 */
import type { PublicState } from './model.ts';
import { stepKey } from './speakers-queue.ts';

export type ProgressLine =
  | { kind: 'done'; count: number; of: number }
  | { kind: 'voted'; boardId: string; count: number; of: number }
  | { kind: 'ratings'; boardId: string; count: number };

type Room = Pick<PublicState, 'room' | 'boards' | 'votes' | 'expectationReviews'>;

/** Whether the live step has something to finish: writing on an active board, a vote or a review open. */
export function collectsDone(pub: Room): boolean {
  return pub.room.activeBoardIds.some((id) => {
    const board = pub.boards[id];
    const writing = (board?.kind === 'notes' || board?.kind === 'expectations') && board.mode !== 'locked';
    return writing || pub.votes[id]?.status === 'open' || pub.expectationReviews[id]?.status === 'open';
  });
}

/** The live step's progress lines; `present` is how many participants are here (the "of 60"). */
export function progressLines(
  pub: Room & Pick<PublicState, 'progress' | 'expectationResults'>,
  present: number,
): ProgressLine[] {
  const step = stepKey(pub.room.live);
  if (step === null || !collectsDone(pub)) return [];
  const done = pub.progress[step]?.done ?? 0;
  // Someone who ticked and then dropped off still counts: never "41 of 40".
  const lines: ProgressLine[] = [{ kind: 'done', count: done, of: Math.max(present, done) }];
  for (const boardId of pub.room.activeBoardIds) {
    const round = pub.votes[boardId];
    if (round?.status === 'open') {
      const count = round.voters ?? 0;
      lines.push({ kind: 'voted', boardId, count, of: Math.max(present, count) });
    }
    if (pub.expectationReviews[boardId]?.status === 'open') {
      let count = 0;
      for (const r of Object.values(pub.expectationResults))
        if (r.boardId === boardId) count += r.met + r.partly + r.notMet;
      lines.push({ kind: 'ratings', boardId, count });
    }
  }
  return lines;
}
