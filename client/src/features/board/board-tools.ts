/**
 * Which of a board's tools the console puts within reach in the step the room is in: voting
 * where the step runs a vote, grouping where there are shown notes and no vote, the review in the
 * closing. The others wait under "other tools", so nothing is lost and nothing invites a misclick.
 */
import type {
  BoardKind,
  BoardMode,
  ExpectationReview,
  SegmentKind,
  StepConfig,
  VoteRound,
} from '../../../../shared/model.ts';

export interface BoardToolsInput {
  kind: BoardKind;
  mode: BoardMode;
  /** Notes shown on the board (held ones not counted). */
  notes: number;
  config: Pick<StepConfig, 'vote'> | null;
  segmentKind: SegmentKind | null;
  vote: Pick<VoteRound, 'status'> | null;
  review: Pick<ExpectationReview, 'status'> | null;
}

export interface BoardTools {
  vote: boolean;
  grouping: boolean;
  review: boolean;
}

/** The tools the live step uses on this board. */
export function boardTools(b: BoardToolsInput): BoardTools {
  const voting = b.config?.vote != null || b.vote?.status === 'open';
  return {
    vote: b.kind === 'notes' && voting,
    grouping: b.kind === 'notes' && b.notes > 0 && b.mode !== 'private' && !voting,
    review:
      b.kind === 'expectations' && (b.segmentKind === 'closing' || (b.review !== null && b.review.status !== 'idle')),
  };
}
