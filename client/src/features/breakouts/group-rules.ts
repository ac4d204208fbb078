/** Pure rules of the breakout screens: which boards groups work on, which group is stuck, who has written, hand moves, top points and duplicate sets. */
import type { Breakout, BreakoutGroup } from '../../../../shared/breakouts.ts';
import type { Board, BoardId, Commitment, Note, NoteId, ParticipantId } from '../../../../shared/model.ts';

/** A group with no new note for this long is shown as stuck on the console. */
export const STUCK_AFTER_MS = 5 * 60_000;

/**
 * Which of the step's boards "Start groups" gives each group a copy of: its sticky-note boards,
 * and its roles board where the step offers group work (`config.groups` set, even to null; a
 * matrix is otherwise mapped in plenary). Questions and expectations stay plenary.
 */
export function boardsForGroups(
  activeBoardIds: readonly BoardId[],
  boards: Record<BoardId, Board>,
  offered: boolean,
): BoardId[] {
  return activeBoardIds.filter((id) => {
    const kind = boards[id]?.copyOf ? null : boards[id]?.kind;
    return kind === 'notes' || (kind === 'roles' && offered);
  });
}

/** Whether `g` has written nothing for `afterMs`: since its newest note, or since the groups started. */
export function isStuck(
  g: Pick<BreakoutGroup, 'lastNoteAt'>,
  startedAt: number,
  now: number,
  afterMs = STUCK_AFTER_MS,
): boolean {
  return now - (g.lastNoteAt ?? startedAt) >= afterMs;
}

/** The ids of `b`'s stuck groups; none once it reports back (nobody writes then). */
export function stuckGroupIds(b: Breakout, now: number, afterMs = STUCK_AFTER_MS): string[] {
  if (b.status !== 'running') return [];
  return b.groups.filter((g) => isStuck(g, b.startedAt, now, afterMs)).map((g) => g.id);
}

/**
 * Who has written on `boardIds` (a group's copies): authors of the shown notes the console is
 * told, of held ones, which the facilitator knows only as counts per author, and proposers of commitments.
 */
export function writersOn(
  boardIds: readonly BoardId[],
  notes: readonly Note[],
  heldBy: Record<BoardId, Record<ParticipantId, number>>,
  commitments: readonly Commitment[] = [],
): Set<ParticipantId> {
  const out = new Set<ParticipantId>();
  for (const n of notes) if (boardIds.includes(n.boardId)) out.add(n.authorId);
  for (const c of commitments) if (boardIds.includes(c.boardId) && c.proposedBy) out.add(c.proposedBy);
  for (const id of boardIds) for (const [who, count] of Object.entries(heldBy[id] ?? {})) if (count > 0) out.add(who);
  return out;
}

/** One breakout:assign for a hand selection: everyone selected into `groupId` (null: out of every group). */
export function handMoves(selected: Iterable<ParticipantId>, groupId: string | null) {
  return [...new Set(selected)].map((participantId) => ({ participantId, groupId }));
}

/** Adds `id` to `list` or takes it out; adding past `max` leaves the list as it is. */
export function toggleIn<T>(list: readonly T[], id: T, max = Number.POSITIVE_INFINITY): T[] {
  if (list.includes(id)) return list.filter((x) => x !== id);
  return list.length >= max ? [...list] : [...list, id];
}

/** Where a group's note sits: its group and the plenary board its copy stands for. */
export interface NotePlace {
  groupId: string;
  sourceId: BoardId;
}

/**
 * Adds a duplicate set for the merge: the ticked notes, when they come from two groups or more
 * (a group's own notes are grouped by its rapporteur, not combined) and from copies of one
 * plenary board. A note is in one set only: the new set takes its notes out of earlier ones,
 * and an earlier set that can no longer be combined goes. Null when the ticked notes cannot be combined.
 */
export function addDuplicateSet(
  sets: readonly NoteId[][],
  ticked: readonly NoteId[],
  placeOf: (id: NoteId) => NotePlace | undefined,
): NoteId[][] | null {
  const unique = [...new Set(ticked)];
  if (!combinable(unique, placeOf)) return null;
  const rest = sets.map((s) => s.filter((id) => !unique.includes(id))).filter((s) => combinable(s, placeOf));
  return [...rest, unique];
}

function combinable(ids: readonly NoteId[], placeOf: (id: NoteId) => NotePlace | undefined): boolean {
  const places = ids.map(placeOf);
  if (ids.length < 2 || places.some((p) => p === undefined)) return false;
  return new Set(places.map((p) => p!.groupId)).size >= 2 && new Set(places.map((p) => p!.sourceId)).size === 1;
}
