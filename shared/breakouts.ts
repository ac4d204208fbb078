/**
 * Breakout groups: the room splits into tables for an activity, each works its own copy of the
 * activity's boards, rapporteurs report back and the facilitator merges the groups' boards into
 * the plenary ones. What everyone may see of a breakout lives here, in the shared document;
 * what a group writes stays with the server until report-back (see server/domain/breakout-lens.ts).
 */
import type { BoardId, Board, CommitmentId, GroupId, NoteId, ParticipantId } from './model.ts';

export type BreakoutRule = 'table' | 'random' | 'balanced' | 'hand';

/** How a breakout is sized and filled; kept on the agenda activity and on the breakout it starts. */
export interface BreakoutPlan {
  /** How many groups (the room's, when remote people have their own); null when sized by `size`. */
  count: number | null;
  /** How many people per group; used when `count` is null. */
  size: number | null;
  rule: BreakoutRule;
  /** Remote participants in groups of their own, or mixed into the room's tables. */
  remote: 'own' | 'mixed';
}

export interface BreakoutGroup {
  id: GroupId;
  name: string;
  /** A group of remote participants (their own groups). */
  remote: boolean;
  /** The table it is, for the table rule; null otherwise. */
  table: string | null;
  memberIds: ParticipantId[];
  rapporteurId: ParticipantId | null;
  /**
   * The rapporteur's name, for the projector at report-back (screens are not sent the room's
   * list of people); empty once they remove themselves, left out for followers kept from names.
   */
  rapporteurName: string | null;
  /** What the overview shows: notes written on the group's boards (held ones too) and by how many people; never text. */
  notes: number;
  writers: number;
  /**
   * Commitments on the group's copies of roles boards; never their text. Absent in breakouts
   * stored before roles boards could be worked in groups: read it as 0.
   */
  commitments: number;
  /** Server time of the group's newest note or commitment: a group silent for long is stuck. */
  lastNoteAt: number | null;
  /** The points the rapporteur picked, in order: notes of the group's boards. */
  topNoteIds: NoteId[];
}

/** A group's top point as shown at report-back: the only group text in the shared document before the merge. */
export interface BreakoutPoint {
  noteId: NoteId;
  groupId: GroupId;
  text: string;
  plusOnes: number;
}

export interface BreakoutMessage {
  text: string;
  at: number;
}

export interface Breakout {
  id: string;
  /** The plenary boards each group has a copy of. */
  boardIds: BoardId[];
  plan: BreakoutPlan;
  /** Seeds the random rule, so a test (or a re-run) places people the same way. */
  seed: number;
  status: 'running' | 'reporting' | 'merged';
  groups: BreakoutGroup[];
  /** The facilitator's message to all groups ("5 minutes left"), shown on every screen. */
  message: BreakoutMessage | null;
  /** During report-back, the group the projector shows (index into `groups`). */
  reportIndex: number;
  points: BreakoutPoint[];
  /**
   * What the merge added to the plenary boards; null until merged. `commitmentIds` is absent in
   * breakouts merged before roles boards could be worked in groups.
   */
  merged: { at: number; noteIds: NoteId[]; clusterIds: GroupId[]; commitmentIds?: CommitmentId[] } | null;
  startedAt: number;
}

/** Where a merged note came from: the groups that wrote it (several when duplicates were combined). */
export interface NoteProvenance {
  breakoutId: string;
  sources: Array<{ groupId: GroupId; groupName: string; noteId: NoteId; text: string }>;
}

/** Marks a board as a group's copy of a plenary board. */
export interface BoardCopy {
  breakoutId: string;
  groupId: GroupId;
  sourceId: BoardId;
}

export const BREAKOUT_LIMITS = {
  groupsMax: 20,
  sizeMax: 60,
  tableMax: 20,
  messageMax: 200,
  topPointsMax: 5,
  /** Duplicate sets one merge may combine, and notes per set. */
  combineMax: 100,
  combineSetMax: 20,
} as const;

/** The id of group `groupId`'s copy of board `boardId`. */
export function copyBoardId(boardId: BoardId, groupId: GroupId): BoardId {
  return `${boardId}--${groupId}`;
}

/** The breakout still running or reporting back, if any (at most one is). */
export function liveBreakout(breakouts: Record<string, Breakout>): Breakout | null {
  for (const b of Object.values(breakouts)) if (b.status !== 'merged') return b;
  return null;
}

/** The group of `pid` in `b`, if any. */
export function groupOf(b: Breakout, pid: ParticipantId): BreakoutGroup | null {
  return b.groups.find((g) => g.memberIds.includes(pid)) ?? null;
}

/** Whether the board is a group's copy. */
export function isCopy(board: Board): board is Board & { copyOf: BoardCopy } {
  return board.copyOf !== undefined;
}

/** Whether `pid` belongs to the group that owns copy `copy`: only they may write on it. */
export function ownsCopy(breakouts: Record<string, Breakout>, copy: BoardCopy, pid: ParticipantId): boolean {
  const b = Object.hasOwn(breakouts, copy.breakoutId) ? breakouts[copy.breakoutId] : undefined;
  return b?.groups.find((g) => g.id === copy.groupId)?.memberIds.includes(pid) ?? false;
}
