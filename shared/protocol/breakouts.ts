/** What a breakout group's members, and the facilitators, are told beside the shared document. */
import type { Commitment, Group, Note } from '../model.ts';

/** The notes, clusters and commitments on breakout groups' boards that one socket may see. */
export interface GroupBoards {
  notes: Note[];
  clusters: Group[];
  commitments: Commitment[];
}

export interface BreakoutFacts {
  /** A member's own group's boards, or every group's to facilitators. On connect and on change. */
  'breakout:boards': (view: GroupBoards) => void;
}
