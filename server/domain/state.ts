/** The server's whole view of one workshop: what everyone sees, and what only the server holds. */
import type {
  Attendance,
  BoardId,
  Commitment,
  Group,
  GroupId,
  CommitmentId,
  Note,
  NoteId,
  ParticipantId,
  PublicState,
  QuestionId,
  Rating,
} from '../../shared/model.ts';
import type { UndoEntry } from './undo.ts';

export interface Participant {
  id: ParticipantId;
  name: string;
  organisation: string;
  attendance: Attendance;
  /** sha256 of the device token, so a leaked database does not hand out identities. */
  tokenHash: string;
  joinedAt: number;
  /** Promoted by the facilitator: acts with the facilitator's rights until demoted. */
  cofacilitator?: boolean;
  /** When the facilitator removed them, or they left; kept so their notes keep an author, but they have no rights. */
  removedAt?: number;
  /** They removed themselves: their name and organisation are gone (domain/leaving.ts). */
  left?: boolean;
  /** The person this identity was merged into: its device token signs in as them; it has no rights of its own. */
  mergedInto?: ParticipantId;
  /** The table they said they sit at, for breakouts by table. */
  table?: string;
}

/** One participant's dots on one board; a note appears once per dot. */
export interface Ballot {
  boardId: BoardId;
  participantId: ParticipantId;
  noteIds: NoteId[];
}

export interface ExpectationRating {
  noteId: NoteId;
  participantId: ParticipantId;
  rating: Rating;
}

/** How to reach a commitment's contact person (email, phone): never in the public document. */
export interface CommitmentContact {
  commitmentId: CommitmentId;
  details: string;
}

export interface QuestionUpvote {
  questionId: QuestionId;
  participantId: ParticipantId;
}

/** One participant's "I'm done" in one step. */
export interface DoneTick {
  step: string;
  participantId: ParticipantId;
  at: number;
}

/** When one participant last reacted, newest last: their flood allowance. */
export interface ReactionTimes {
  participantId: ParticipantId;
  times: number[];
}

/** Who wrote a note of an anonymous board: known to the server alone (domain/anonymity.ts). */
export interface NoteOwner {
  noteId: NoteId;
  /** A participant's id, or the key holder's. */
  authorId: string;
}

/** One participant's notes of the current rate window, newest last (domain/authored-times.ts). */
export interface NoteTimes {
  participantId: ParticipantId;
  notes: { id: NoteId; at: number }[];
}

/** State the server keeps out of the shared document. Each key is one collection of entities. */
export interface PrivateState {
  participants: Record<ParticipantId, Participant>;
  /** Keyed `${boardId}:${participantId}`. */
  ballots: Record<string, Ballot>;
  /** Keyed `${noteId}:${participantId}`: each person's rating of an expectation. */
  ratings: Record<string, ExpectationRating>;
  /** Keyed `${questionId}:${participantId}`: who upvoted which question. */
  upvotes: Record<string, QuestionUpvote>;
  /** Keyed by commitment id: how to reach its contact person. */
  contacts: Record<CommitmentId, CommitmentContact>;
  /** Notes written while their board was private, held back until reveal. */
  heldNotes: Record<NoteId, Note>;
  /** Notes a facilitator hid; kept so the hide can be undone. */
  hiddenNotes: Record<NoteId, Note>;
  /** Facilitator actions that can be undone, keyed by a zero-padded sequence number. */
  undo: Record<string, UndoEntry>;
  /** Keyed `${step}:${participantId}`: who ticked "I'm done" where (only counts are public). */
  doneTicks: Record<string, DoneTick>;
  /** Shown notes of breakout groups' boards: only the group and the facilitators see them (domain/breakout-lens.ts). */
  groupNotes: Record<NoteId, Note>;
  /** Clusters on breakout groups' boards, kept with their notes. */
  groupClusters: Record<GroupId, Group>;
  /** Commitments on breakout groups' copies of roles boards, kept out of the document like their notes. */
  groupCommitments: Record<CommitmentId, Commitment>;
  /** Keyed `${noteId}:${participantId}`: who gave which report-back point a +1. */
  plusOnes: Record<string, { noteId: NoteId; participantId: ParticipantId }>;
  /** Keyed by participant: their recent reactions' times, for the per-person rate. */
  reactionTimes: Record<ParticipantId, ReactionTimes>;
  /** Keyed by note id: the author of each note of an anonymous board, which the note itself does not name. */
  noteOwners: Record<NoteId, NoteOwner>;
  /** Keyed by participant: the notes they wrote in the rate window, for the per-person note rate. */
  noteTimes: Record<ParticipantId, NoteTimes>;
}

export const PRIVATE_COLLECTIONS = [
  'participants',
  'ballots',
  'ratings',
  'upvotes',
  'contacts',
  'heldNotes',
  'hiddenNotes',
  'undo',
  'doneTicks',
  'groupNotes',
  'groupClusters',
  'groupCommitments',
  'plusOnes',
  'reactionTimes',
  'noteOwners',
  'noteTimes',
] as const satisfies ReadonlyArray<keyof PrivateState>;

export interface WorkshopState {
  pub: PublicState;
  priv: PrivateState;
}

/** A decision's outcome: the next state and what the command answers. */
export interface Decision<T> {
  state: WorkshopState;
  value: T;
}

/** Private state of a workshop nobody has joined yet; also the base a load fills in. */
export function emptyPrivate(): PrivateState {
  return {
    participants: {},
    ballots: {},
    ratings: {},
    upvotes: {},
    contacts: {},
    heldNotes: {},
    hiddenNotes: {},
    undo: {},
    doneTicks: {},
    groupNotes: {},
    groupClusters: {},
    groupCommitments: {},
    plusOnes: {},
    reactionTimes: {},
    noteOwners: {},
    noteTimes: {},
  };
}
