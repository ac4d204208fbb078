/**
 * The shape of a workshop as everyone sees it. The server writes this into one Yjs
 * document (one Y.Map per top-level key of PublicState, one map entry per field or
 * entity); clients read it back from their read-only replica.
 */
import type { Breakout, BoardCopy, NoteProvenance } from './breakouts.ts';
import type { Agenda } from './schemas/agenda.ts';
import type { ReactionCounts } from './reactions.ts';

export type { Agenda, Segment, Activity, StepConfig, Speaker, SegmentKind } from './schemas/agenda.ts';

export type BoardId = string;
export type NoteId = string;
export type GroupId = string;
export type ParticipantId = string;

export type Role = 'facilitator' | 'participant' | 'follower' | 'guest';
export type Attendance = 'room' | 'remote';
export type BoardMode = 'open' | 'private' | 'locked';
export type BoardKind = 'notes' | 'roles' | 'expectations' | 'questions';

export interface WorkshopMeta {
  code: string;
  title: string;
  /** Venue date, ISO `YYYY-MM-DD`. */
  date: string;
  /** IANA zone of the venue, e.g. `Europe/Zurich`. */
  timezone: string;
  venue: string;
  template: string;
}

export interface Timer {
  status: 'idle' | 'running' | 'paused';
  /** Full length of the current countdown, ms. */
  durationMs: number;
  /** Server time the countdown reaches zero, while running. */
  endsAt: number | null;
  /** What was left when paused (or the full duration when idle). */
  remainingMs: number;
  /** Bumped on every change so clients can ignore stale facts. */
  version: number;
  /** Server time the countdown reached zero (set by the server itself); non-null means overrun. */
  endedAt: number | null;
}

/** Where the room is in the agenda: a segment and, inside Session 3, an activity. */
export interface LiveStep {
  segmentId: string | null;
  activityId: string | null;
  enteredAt: number | null;
}

/** A planned slot in server time (ms), as kept for the report when the day is first re-planned. */
export interface PlanSlot {
  start: number;
  end: number;
}

/** Planned vs actual, per segment or activity id. */
export interface Actual {
  startedAt: number;
  endedAt: number | null;
}

export type Focus =
  | { kind: 'board'; boardId: BoardId }
  | { kind: 'group'; boardId: BoardId; groupId: GroupId }
  | { kind: 'note'; boardId: BoardId; noteId: NoteId };

export interface Board {
  id: BoardId;
  kind: BoardKind;
  title: string;
  prompt: string;
  /** Columns notes can be posted to; a single column board has one. */
  columns: string[];
  mode: BoardMode;
  /** Whether remote attendees may post while the board is open. */
  remoteWriting: boolean;
  /** Notes written in private mode that the server holds back until reveal. */
  hiddenCount: number;
  /** Set on a breakout group's own copy of a plenary board. */
  copyOf?: BoardCopy;
  /** Notes written here carry no author (shared/anonymity.ts); chosen before anything is written. Absent: not anonymous. */
  anonymous?: boolean;
}

/**
 * A sticky note on a board of kind `notes` or `expectations`. Only shown notes are here: one
 * written on a private board is held by the server until reveal, and one a facilitator hid
 * is kept privately so the hide can be undone.
 */
export interface Note {
  /** Made by the client (letters, digits, - and _); doubles as the command id of `note:add`. */
  id: NoteId;
  boardId: BoardId;
  /** One of the board's columns. */
  column: string;
  /** 1–500 characters, trimmed; render as text, never HTML. */
  text: string;
  /** The participant who wrote it, `'facilitator'` for the facilitator's own notes, `'anonymous'` on an anonymous board. */
  authorId: ParticipantId;
  /** Name and organisation at writing time; empty for the facilitator's notes. */
  authorName: string;
  organisation: string;
  groupId: GroupId | null;
  /** Server time. */
  createdAt: number;
  updatedAt: number;
  /** Set on a note a breakout merge brought to the plenary board: the groups that wrote it. */
  provenance?: NoteProvenance;
}

export interface Group {
  id: GroupId;
  boardId: BoardId;
  title: string;
  order: number;
  /** The breakout group whose cluster this was, when a merge brought it across. */
  fromGroup?: string;
}

/**
 * A dot vote on one board. Tallies stay on the server while the vote runs (so early dots do
 * not steer later ones) and are published when it closes.
 */
export interface VoteRound {
  boardId: BoardId;
  status: 'open' | 'closed';
  budget: number;
  allowStacking: boolean;
  openedAt: number;
  closedAt: number | null;
  /** Dots cast so far by everyone, shown while the vote runs. */
  dotsCast: number;
  /** How many people have at least one dot down ("34 of 60 have voted"); absent in rounds stored before it. */
  voters?: number;
  /** Dots per note, published at close; null while open. */
  results: Record<NoteId, number> | null;
}

export type CommitmentId = string;
export type QuestionId = string;

/** Rows of a roles board: the organisations, in the facilitator's order. Columns are the board's columns. */
export interface RoleMatrix {
  boardId: BoardId;
  organisations: string[];
}

/** Who will do what: a commitment owned by an organisation, in one kind of contribution. */
export interface Commitment {
  id: CommitmentId;
  boardId: BoardId;
  organisation: string;
  /** The column (kind of contribution) it sits in. */
  kind: string;
  text: string;
  contact: string;
  /** Follow-up date, ISO `YYYY-MM-DD`. */
  followUp: string | null;
  status: 'proposed' | 'confirmed';
  proposedBy: ParticipantId | null;
  /** Challenges and opportunities this commitment answers. */
  linkedNoteIds: NoteId[];
  createdAt: number;
  updatedAt: number;
  /** The breakout group that proposed it, when a merge brought it to the plenary board. */
  fromGroup?: string;
}

export type Rating = 'met' | 'partly' | 'not_met';

/** The closing review on one expectations board: what the projector shows and whether rating is open. */
export interface ExpectationReview {
  boardId: BoardId;
  status: 'idle' | 'open' | 'closed';
  layout: 'one' | 'grid';
  currentNoteId: NoteId | null;
}

export interface CarryForward {
  text: string;
  organisation: string;
  /** ISO `YYYY-MM-DD`. */
  due: string;
}

/** One expectation's live tally (individual ratings stay private) and the facilitator's verdict. */
export interface ExpectationResult {
  noteId: NoteId;
  boardId: BoardId;
  met: number;
  partly: number;
  notMet: number;
  verdict: Rating | null;
  action: CarryForward | null;
  updatedAt: number;
}

/** A question to a talk; `talkId` is the agenda activity (or segment) live when it was asked. */
export interface Question {
  id: QuestionId;
  boardId: BoardId;
  talkId: string;
  text: string;
  authorId: ParticipantId;
  authorName: string;
  organisation: string;
  upvotes: number;
  status: 'open' | 'answered' | 'parked';
  createdAt: number;
  updatedAt: number;
}

export interface RoomState {
  meta: WorkshopMeta;
  agenda: Agenda;
  live: LiveStep;
  timer: Timer;
  focus: Focus | null;
  /** The boards the room works on now, set by entering an agenda step. */
  activeBoardIds: BoardId[];
  /** When the facilitator finished the day (agenda:finish); entering a step again clears it. */
  finishedAt: number | null;
  /** The plan as it stood before the first re-plan, per segment and activity id; null until then. */
  originalPlan: Record<string, PlanSlot> | null;
  /** What the facilitator lets the room screen show. */
  display: RoomDisplay;
}

/** Room screen settings the facilitator controls. */
export interface RoomDisplay {
  /** Whether the projector shows "running N min late" and its projections. */
  showDrift: boolean;
  /** How the commitments' action list is ordered. */
  actionOrder: 'date' | 'organisation';
  /** The steps (activity, else segment ids) whose projector shows the speakers' queue; absent in rooms stored before it. */
  queueSteps?: string[];
  /** Whether follow screens see participants' names (absent in rooms stored before it existed: they do). */
  followerNames?: boolean;
}

/** How many have ticked "I'm done" in one step; the names stay on the server. */
export interface StepProgress {
  step: string;
  done: number;
}

/** A raised hand: waiting in the speakers' queue, or holding the floor. */
export interface Hand {
  participantId: ParticipantId;
  name: string;
  organisation: string;
  /** A remote attendee's hand is marked, so the facilitator can balance voices. */
  attendance: Attendance;
  /** Server time the hand went up: what the wait is counted from. */
  raisedAt: number;
  /** The queue's order: `raisedAt`, or later once the facilitator skipped them. */
  queuedAt: number;
  /** Server time they were given the floor; null while waiting. */
  floorAt: number | null;
}

/** Everything in the shared document. Each key is one Y.Map in the Yjs document. */
export interface PublicState {
  room: RoomState;
  boards: Record<BoardId, Board>;
  notes: Record<NoteId, Note>;
  groups: Record<GroupId, Group>;
  /** One vote round per board (the latest). */
  votes: Record<BoardId, VoteRound>;
  actuals: Record<string, Actual>;
  roleMatrices: Record<BoardId, RoleMatrix>;
  commitments: Record<CommitmentId, Commitment>;
  expectationReviews: Record<BoardId, ExpectationReview>;
  expectationResults: Record<NoteId, ExpectationResult>;
  questions: Record<QuestionId, Question>;
  /** Raised hands, one per participant: the speakers' queue and who holds the floor. */
  hands: Record<ParticipantId, Hand>;
  /** "I'm done" ticks counted per step (activity, else segment id); who ticked stays on the server. */
  progress: Record<string, StepProgress>;
  breakouts: Record<string, Breakout>;
  /** Reaction counts per note and per step; who reacted is never kept. */
  reactions: Record<string, ReactionCounts>;
}

export const PUBLIC_COLLECTIONS = [
  'room',
  'boards',
  'notes',
  'groups',
  'votes',
  'actuals',
  'roleMatrices',
  'commitments',
  'expectationReviews',
  'expectationResults',
  'questions',
  'hands',
  'progress',
  'breakouts',
  'reactions',
] as const satisfies ReadonlyArray<keyof PublicState>;

/** Every collection of the document but the room, empty: a new workshop's, or what a screen has before its replica syncs. */
export function emptyCollections(): Omit<PublicState, 'room'> {
  return {
    boards: {},
    notes: {},
    groups: {},
    votes: {},
    actuals: {},
    roleMatrices: {},
    commitments: {},
    expectationReviews: {},
    expectationResults: {},
    questions: {},
    hands: {},
    progress: {},
    breakouts: {},
    reactions: {},
  };
}
