/** The meeting report as plain data: built once from the state, then rendered to each format. */
import type { Reaction } from '../../shared/reactions.ts';
import type { ActionItem } from '../../shared/actions.ts';
import type { CarryForward, Commitment, Question, Rating } from '../../shared/model.ts';

export interface ReportActivity {
  id: string;
  title: string;
  /** Venue clock `HH:MM`: the plan as it was before the day was first re-planned. */
  plannedStart: string;
  plannedEnd: string;
  /** The plan after re-planning, where it differs from the original; null otherwise. */
  replannedStart: string | null;
  replannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  plannedMinutes: number;
  actualMinutes: number | null;
}

export interface ReportSegment extends ReportActivity {
  kind: string;
  /** Minutes the segment started late against the original plan (negative: early); null when it never started. */
  startDriftMinutes: number | null;
  activities: ReportActivity[];
}

export interface ReportNote {
  id: string;
  text: string;
  column: string;
  author: string;
  organisation: string;
  /** Written on an anonymous board: no author or organisation is known to the report. */
  anonymous?: true;
  /** Dots at the close of the board's vote; null when no vote closed on it. */
  votes: number | null;
  /** The room's reactions to it (agree, disagree, +1, ?, applause), by kind; absent kinds are 0. */
  reactions: Record<Reaction, number>;
  /**
   * A note a breakout merge brought to this plenary board: the group(s) that wrote it, one entry
   * per source (several when duplicates were combined, each with its own text). Absent otherwise.
   */
  from?: ReportSource[];
}

export interface ReportSource {
  group: string;
  text: string;
}

export interface ReportGroup {
  /** Null for the notes in no group. */
  title: string | null;
  /** A cluster a breakout merge brought across: the name of the group that made it. */
  fromGroup?: string;
  notes: ReportNote[];
}

export interface ReportBoard {
  id: string;
  title: string;
  prompt: string;
  vote: { budget: number; dotsCast: number; closed: boolean } | null;
  /** Notes still held back in private mode: counted, never shown. */
  unrevealed: number;
  groups: ReportGroup[];
}

export type ReportCommitment = Pick<
  Commitment,
  'id' | 'organisation' | 'kind' | 'text' | 'contact' | 'followUp' | 'status'
> & {
  /** How to reach the contact person (email, phone): private state, for the report's readers only. */
  contactDetails: string;
  /** Texts of the challenges and opportunities it answers. */
  linked: string[];
  /** A commitment a breakout merge brought to this plenary board: the group that proposed it. */
  fromGroup?: string;
};

export interface ReportRoles {
  id: string;
  title: string;
  columns: string[];
  organisations: string[];
  commitments: ReportCommitment[];
}

export interface ReportExpectation {
  id: string;
  text: string;
  author: string;
  organisation: string;
  /** Written on an anonymous board: no author or organisation is known to the report. */
  anonymous?: true;
  met: number;
  partly: number;
  notMet: number;
  verdict: Rating | null;
  action: CarryForward | null;
}

export type ReportQuestion = Pick<Question, 'id' | 'text' | 'organisation' | 'upvotes' | 'status'> & { author: string };

export interface ReportTalk {
  talkId: string;
  title: string;
  questions: ReportQuestion[];
}

export interface ReportAttendance {
  total: number;
  room: number;
  remote: number;
  organisations: Array<{ name: string; room: number; remote: number }>;
}

/** The day's outcome as one list: commitments and the review's carry-forward actions, in the room's order. */
export interface ReportActions {
  order: 'date' | 'organisation';
  items: ActionItem[];
}

/** A group's top point as it was reported back, with the room's +1s. */
export interface ReportPoint {
  text: string;
  plusOnes: number;
}

export interface ReportBreakoutGroup {
  id: string;
  name: string;
  remote: boolean;
  table: string | null;
  members: number;
  /** The rapporteur's name; null when the group had none. */
  rapporteur: string | null;
  /** The group's copies of the breakout's notes boards: shown notes by cluster; held ones only counted. */
  boards: ReportBoard[];
  /** The group's copies of the breakout's roles boards, with the commitments it proposed. */
  roles: ReportRoles[];
  /** The points it brought back: those published at report-back, else the rapporteur's picks so far. */
  points: ReportPoint[];
}

/** One breakout: every group's own work, before the merge into the plenary boards. */
export interface ReportBreakout {
  id: string;
  status: 'running' | 'reporting' | 'merged';
  /** The plenary boards the groups had copies of, by title. */
  boards: string[];
  groups: ReportBreakoutGroup[];
}

export interface ReportModel {
  workshop: { code: string; title: string; date: string; timezone: string; venue: string; generatedAt: string };
  agenda: ReportSegment[];
  boards: ReportBoard[];
  /** The breakouts of the day, oldest first; the groups' boards are here, not in `boards`. */
  breakouts: ReportBreakout[];
  roles: ReportRoles[];
  expectations: ReportExpectation[];
  questions: ReportTalk[];
  actions: ReportActions;
  attendance: ReportAttendance;
}
