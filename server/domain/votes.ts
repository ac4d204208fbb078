/** Dot voting: opening and closing rounds. Ballots stay private; tallies publish at close. */
import type { BoardId, VoteRound } from '../../shared/model.ts';
import type { WorkshopState } from './state.ts';

export interface VoteSettings {
  budget: number;
  allowStacking: boolean;
}

/** Opens a fresh round on `boardId`, discarding the ballots of any earlier round there. */
export function openVote(s: WorkshopState, boardId: BoardId, settings: VoteSettings, now: number): WorkshopState {
  if (!s.pub.boards[boardId]) return s;
  const round: VoteRound = { boardId, status: 'open', budget: settings.budget, allowStacking: settings.allowStacking, openedAt: now, closedAt: null, dotsCast: 0, results: null };
  const ballots = Object.fromEntries(Object.entries(s.priv.ballots).filter(([, b]) => b.boardId !== boardId));
  return { pub: { ...s.pub, votes: { ...s.pub.votes, [boardId]: round } }, priv: { ...s.priv, ballots } };
}

/** Closes the open round on `boardId` and publishes its tallies; no open round, no change. */
export function closeVote(s: WorkshopState, boardId: BoardId, now: number): WorkshopState {
  const round = s.pub.votes[boardId];
  if (!round || round.status !== 'open') return s;
  const results: Record<string, number> = {};
  for (const b of Object.values(s.priv.ballots)) {
    if (b.boardId !== boardId) continue;
    for (const noteId of b.noteIds) if (s.pub.notes[noteId]) results[noteId] = (results[noteId] ?? 0) + 1;
  }
  return { ...s, pub: { ...s.pub, votes: { ...s.pub.votes, [boardId]: { ...round, status: 'closed', closedAt: now, results } } } };
}
