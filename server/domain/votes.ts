/** Dot voting: opening and closing rounds. Ballots stay private; tallies publish at close. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { BoardId, NoteId, ParticipantId, VoteRound } from '../../shared/model.ts';
import type { Ballot, Decision, WorkshopState } from './state.ts';
import { ownEntry } from '../../shared/ids.ts';
import { ownsCopy } from '../../shared/breakouts.ts';

export interface VoteSettings {
  budget: number;
  allowStacking: boolean;
}

/** Opens a fresh round on `boardId`, discarding the ballots of any earlier round there. */
export function openVote(s: WorkshopState, boardId: BoardId, settings: VoteSettings, now: number): WorkshopState {
  if (!ownEntry(s.pub.boards, boardId)) return s;
  const round: VoteRound = {
    boardId,
    status: 'open',
    budget: settings.budget,
    allowStacking: settings.allowStacking,
    openedAt: now,
    closedAt: null,
    dotsCast: 0,
    results: null,
  };
  const ballots = Object.fromEntries(Object.entries(s.priv.ballots).filter(([, b]) => b.boardId !== boardId));
  return { pub: { ...s.pub, votes: { ...s.pub.votes, [boardId]: round } }, priv: { ...s.priv, ballots } };
}

/** Closes the open round on `boardId` and publishes its tallies; no open round, no change. */
export function closeVote(s: WorkshopState, boardId: BoardId, now: number): WorkshopState {
  const round = ownEntry(s.pub.votes, boardId);
  if (round?.status !== 'open') return s;
  const results: Record<string, number> = {};
  for (const b of Object.values(s.priv.ballots)) {
    if (b.boardId !== boardId) continue;
    for (const noteId of b.noteIds) if (ownEntry(s.pub.notes, noteId)) results[noteId] = (results[noteId] ?? 0) + 1;
  }
  return {
    ...s,
    pub: { ...s.pub, votes: { ...s.pub.votes, [boardId]: { ...round, status: 'closed', closedAt: now, results } } },
  };
}

/** The facilitator's open command: a fresh round on an existing board. */
export function openVoteRound(
  s: WorkshopState,
  boardId: BoardId,
  settings: VoteSettings,
  now: number,
): Result<Decision<null>> {
  if (!ownEntry(s.pub.boards, boardId)) return fail('not_found');
  return ok({ state: openVote(s, boardId, settings, now), value: null });
}

/** The facilitator's close command: only a round that is open can close. */
export function closeVoteRound(s: WorkshopState, boardId: BoardId, now: number): Result<Decision<null>> {
  if (ownEntry(s.pub.votes, boardId)?.status !== 'open') return fail('vote_not_open');
  return ok({ state: closeVote(s, boardId, now), value: null });
}

const ballotKey = (boardId: BoardId, participantId: ParticipantId) => `${boardId}:${participantId}`;

/** The dots `participantId` has placed on `boardId` in the current round. */
export function dotsOf(s: WorkshopState, boardId: BoardId, participantId: ParticipantId): NoteId[] {
  return ownEntry(s.priv.ballots, ballotKey(boardId, participantId))?.noteIds ?? [];
}

function withBallot(s: WorkshopState, round: VoteRound, ballot: Ballot, delta: number): WorkshopState {
  // A voter is someone with at least one dot down: counted as their first dot lands and their last one leaves.
  const had = dotsOf(s, ballot.boardId, ballot.participantId).length > 0;
  const voters = (round.voters ?? 0) + Number(ballot.noteIds.length > 0) - Number(had);
  const votes = { ...s.pub.votes, [round.boardId]: { ...round, dotsCast: round.dotsCast + delta, voters } };
  return {
    pub: { ...s.pub, votes },
    priv: { ...s.priv, ballots: { ...s.priv.ballots, [ballotKey(ballot.boardId, ballot.participantId)]: ballot } },
  };
}

/** Places one dot on a shown note of the board, within the budget and the stacking rule; answers what is left. */
export function castVote(
  s: WorkshopState,
  participantId: ParticipantId,
  boardId: BoardId,
  noteId: NoteId,
): Result<Decision<{ remaining: number }>> {
  const round = ownEntry(s.pub.votes, boardId);
  if (round?.status !== 'open') return fail('vote_not_open');
  if (ownEntry(s.pub.notes, noteId)?.boardId !== boardId) return fail('not_found');
  // A group's dot vote is the group's own.
  const copy = ownEntry(s.pub.boards, boardId)?.copyOf;
  if (copy && !ownsCopy(s.pub.breakouts, copy, participantId)) return fail('not_in_group');
  const dots = dotsOf(s, boardId, participantId);
  if (dots.length >= round.budget) return fail('vote_budget_spent');
  if (!round.allowStacking && dots.includes(noteId)) return fail('vote_stacking_not_allowed');
  const ballot: Ballot = { boardId, participantId, noteIds: [...dots, noteId] };
  return ok({ state: withBallot(s, round, ballot, 1), value: { remaining: round.budget - ballot.noteIds.length } });
}

/** Takes back one of the participant's dots on `noteId`. */
export function retractVote(
  s: WorkshopState,
  participantId: ParticipantId,
  boardId: BoardId,
  noteId: NoteId,
): Result<Decision<{ remaining: number }>> {
  const round = ownEntry(s.pub.votes, boardId);
  if (round?.status !== 'open') return fail('vote_not_open');
  const dots = dotsOf(s, boardId, participantId);
  const at = dots.lastIndexOf(noteId);
  if (at < 0) return fail('no_vote_to_retract');
  const ballot: Ballot = { boardId, participantId, noteIds: dots.filter((_, i) => i !== at) };
  return ok({ state: withBallot(s, round, ballot, -1), value: { remaining: round.budget - ballot.noteIds.length } });
}
