/**
 * What a group brings back: the rapporteur groups the table's notes and picks its top points;
 * report-back publishes those points (the only group text the room sees before the merge) and
 * steps the projector through the groups; everyone may +1 another group's point.
 */
import { copyBoardId, groupOf, type Breakout, type BreakoutGroup, type BreakoutPoint } from '../../shared/breakouts.ts';
import { fail, ok, type Result } from '../../shared/errors.ts';
import { ownEntry } from '../../shared/ids.ts';
import type { GroupId, Note, NoteId, ParticipantId } from '../../shared/model.ts';
import type { BreakoutClusterInput, BreakoutMoveInput, BreakoutTopInput } from '../../shared/schemas/breakouts.ts';
import { setBoardMode } from './boards.ts';
import { requireGroup, requireLive, speaksFor, withBreakout } from './breakouts.ts';
import { createGroup, moveNotes } from './groups.ts';
import type { ParticipantSender, StaffSender } from './sender.ts';
import type { Decision, WorkshopState } from './state.ts';

type Member = StaffSender | ParticipantSender;

/** The shown notes on group `g`'s boards, oldest first. */
export function notesOfGroup(s: WorkshopState, b: Breakout, g: BreakoutGroup): Note[] {
  const boards = new Set(b.boardIds.map((id) => copyBoardId(id, g.id)));
  return Object.values(s.pub.notes)
    .filter((n) => boards.has(n.boardId))
    .sort((x, y) => x.createdAt - y.createdAt || x.id.localeCompare(y.id));
}

/** The group (of the live breakout) whose board `boardId` is, when `who` may act for it. */
function rapporteurBoard(s: WorkshopState, who: Member, boardId: string): Result<BreakoutGroup> {
  const live = requireLive(s);
  if (!live.ok) return live;
  const copy = ownEntry(s.pub.boards, boardId)?.copyOf;
  if (!copy || copy.breakoutId !== live.value.id) return fail('not_found', 'not a group board');
  const g = requireGroup(live.value, copy.groupId);
  if (!g.ok) return g;
  return speaksFor(who, g.value) ? g : fail('not_rapporteur');
}

/** The rapporteur (or the facilitator) makes a cluster on one of the group's boards. */
export function clusterGroupNotes(
  s: WorkshopState,
  who: Member,
  input: BreakoutClusterInput,
): Result<Decision<{ id: GroupId }>> {
  const g = rapporteurBoard(s, who, input.boardId);
  return g.ok ? createGroup(s, input) : g;
}

/** The rapporteur moves the group's notes into one of its clusters (or out of any). */
export function moveGroupNotes(
  s: WorkshopState,
  who: Member,
  input: BreakoutMoveInput,
  now: number,
): Result<Decision<{ moved: number }>> {
  const first = ownEntry(s.pub.notes, input.noteIds[0]!);
  if (!first) return fail('not_found');
  const g = rapporteurBoard(s, who, first.boardId);
  if (!g.ok) return g;
  const cluster = input.groupId === null ? null : ownEntry(s.pub.groups, input.groupId);
  if (cluster === undefined) return fail('not_found');
  const boardOf = (id: NoteId) => ownEntry(s.pub.notes, id)?.boardId;
  const onGroup = (boardId: string | undefined) =>
    ownEntry(s.pub.boards, boardId ?? '')?.copyOf?.groupId === g.value.id;
  if (!input.noteIds.every((id) => onGroup(boardOf(id))) || (cluster && !onGroup(cluster.boardId)))
    return fail('not_in_group');
  return moveNotes(s, input, now);
}

/** The points group `g` brings back: the rapporteur's picks, or else its first three notes. */
function pointsOf(s: WorkshopState, b: Breakout, g: BreakoutGroup, prev: readonly BreakoutPoint[]): BreakoutPoint[] {
  const notes = notesOfGroup(s, b, g);
  const picked = g.topNoteIds.flatMap((id) => notes.filter((n) => n.id === id));
  const chosen = picked.length > 0 ? picked : notes.slice(0, 3);
  return chosen.map((n) => ({
    noteId: n.id,
    groupId: g.id,
    text: n.text,
    plusOnes: prev.find((p) => p.noteId === n.id)?.plusOnes ?? 0,
  }));
}

function published(s: WorkshopState, b: Breakout): Breakout {
  return { ...b, points: b.groups.flatMap((g) => pointsOf(s, b, g, b.points)) };
}

/** The rapporteur picks the group's top points; during report-back the room sees the change at once. */
export function pickTopPoints(s: WorkshopState, who: Member, input: BreakoutTopInput): Result<Decision<null>> {
  const live = requireLive(s);
  if (!live.ok) return live;
  const g = requireGroup(live.value, input.groupId);
  if (!g.ok) return g;
  if (!speaksFor(who, g.value)) return fail('not_rapporteur');
  const ids = new Set(notesOfGroup(s, live.value, g.value).map((n) => n.id));
  if (!input.noteIds.every((id) => ids.has(id))) return fail('not_found', 'not a note of this group');
  const topNoteIds = [...new Set(input.noteIds)];
  let b: Breakout = {
    ...live.value,
    groups: live.value.groups.map((x) => (x.id === g.value.id ? { ...x, topNoteIds } : x)),
  };
  if (b.status === 'reporting') b = published(s, b);
  return ok({ state: withBreakout(s, b), value: null });
}

/**
 * Report-back on group `index`: the first time, the groups' boards lock and their top points are
 * published; after that it only steps the projector from group to group.
 */
export function reportBack(s: WorkshopState, index: number): Result<Decision<null>> {
  const live = requireLive(s);
  if (!live.ok) return live;
  if (index >= live.value.groups.length) return fail('no_such_group');
  let next = s;
  let b = { ...live.value, reportIndex: index };
  if (live.value.status === 'running') {
    for (const g of b.groups) for (const id of b.boardIds) next = setBoardMode(next, copyBoardId(id, g.id), 'locked');
    const copies = new Set(b.groups.flatMap((g) => b.boardIds.map((id) => copyBoardId(id, g.id))));
    const activeBoardIds = next.pub.room.activeBoardIds.filter((id) => !copies.has(id));
    next = { ...next, pub: { ...next.pub, room: { ...next.pub.room, activeBoardIds } } };
    b = published(next, { ...b, status: 'reporting' });
  }
  return ok({ state: withBreakout(next, b), value: null });
}

const plusKey = (noteId: NoteId, pid: ParticipantId) => `${noteId}:${pid}`;

/** A +1 on another group's point at report-back; a second one takes it back. Answers the point's count. */
export function plusOne(s: WorkshopState, pid: ParticipantId, noteId: NoteId): Result<Decision<{ plusOnes: number }>> {
  const live = requireLive(s);
  if (!live.ok) return live;
  if (live.value.status !== 'reporting') return fail('conflict', 'report-back has not started');
  const point = live.value.points.find((p) => p.noteId === noteId);
  if (!point) return fail('not_found');
  if (groupOf(live.value, pid)?.id === point.groupId) return fail('own_group');
  const key = plusKey(noteId, pid);
  const plusOnes = { ...s.priv.plusOnes };
  const had = ownEntry(plusOnes, key) !== undefined;
  if (had) delete plusOnes[key];
  else plusOnes[key] = { noteId, participantId: pid };
  const count = point.plusOnes + (had ? -1 : 1);
  const points = live.value.points.map((p) => (p.noteId === noteId ? { ...p, plusOnes: count } : p));
  const next = withBreakout({ ...s, priv: { ...s.priv, plusOnes } }, { ...live.value, points });
  return ok({ state: next, value: { plusOnes: count } });
}
