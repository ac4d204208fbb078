/**
 * The merge: every group's board comes into its plenary board in one command. Each shown note keeps
 * where it came from (its group), each group's clusters come across as clusters, and notes the
 * facilitator marks as saying the same become one note listing its sources; each commitment on a
 * group's roles board comes across saying which group proposed it. undo:last takes it all back,
 * since the merge is recorded like any other facilitator action.
 */
import { copyBoardId, liveBreakout, type Breakout, type NoteProvenance } from '../../shared/breakouts.ts';
import { fail, ok, type Result } from '../../shared/errors.ts';
import { hasEntry, ownEntry } from '../../shared/ids.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { BoardId, Commitment, CommitmentId, Group, GroupId, Note, NoteId } from '../../shared/model.ts';
import { copyOwner } from './anonymity.ts';
import { setBoardMode } from './boards.ts';
import { withBreakout } from './breakouts.ts';
import { withCommitment, withContactDetails } from './commitments.ts';
import { ensureColumn, ensureRow, findRow, matrixOf } from './roles.ts';
import type { Decision, WorkshopState } from './state.ts';
import { recordUndo } from './undo.ts';

/** The id a merged note or cluster gets on the plenary board. */
export const mergedId = (id: string): string => `m-${id}`;

/** The breakout a merge acts on, or why there is none: never started, or merged already. */
function mergeable(s: WorkshopState): Result<Breakout> {
  const live = liveBreakout(s.pub.breakouts);
  if (live) return ok(live);
  return fail(Object.keys(s.pub.breakouts).length > 0 ? 'already_merged' : 'no_breakout');
}

/**
 * Every shown note on the groups' boards, oldest first. A note still held was written privately
 * and never revealed to its group: it stays held on the group's board, as on a plenary board
 * nobody revealed, rather than appear on every screen through the merge.
 */
function groupNotes(s: WorkshopState, copies: ReadonlyMap<BoardId, BoardId>): Note[] {
  return Object.values(s.pub.notes)
    .filter((n) => copies.has(n.boardId))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Sets of duplicates by their first note; refused when a note is unknown, in two sets, or sets span boards. */
function duplicateSets(combine: NoteId[][], byId: ReadonlyMap<NoteId, Note>): Result<Map<NoteId, Note[]>> {
  const seen = new Set<NoteId>();
  const out = new Map<NoteId, Note[]>();
  for (const set of combine) {
    const notes: Note[] = [];
    for (const id of set) {
      const note = byId.get(id);
      if (!note) return fail('not_found', 'not a note of the groups');
      if (seen.has(id)) return fail('bad_request', 'a note is in two duplicate sets');
      seen.add(id);
      notes.push(note);
    }
    out.set(notes[0]!.id, notes);
  }
  return ok(out);
}

/** What the merge of the notes tells the merge of the commitments. */
interface Merging {
  /** Copy board id → plenary board id. */
  copies: ReadonlyMap<BoardId, BoardId>;
  groupName: ReadonlyMap<GroupId, string>;
  /** A group's note → the merged note that carries it (the set's, for a combined duplicate). */
  mergedNotes: ReadonlyMap<NoteId, NoteId>;
}

/**
 * Brings every commitment on the groups' copies of roles boards to its plenary board: its
 * organisation becomes a row there, its contact details go with it, and its links follow the
 * notes the merge brought; a link to a note left behind (deleted or hidden since) is dropped.
 * Undo takes the commitments back; rows and columns the merge added stay, empty, as an edit's do.
 */
function mergeCommitments(
  s: WorkshopState,
  m: Merging,
  now: number,
): Result<{ state: WorkshopState; ids: CommitmentId[] }> {
  const from = Object.values(s.pub.commitments)
    .filter((c) => m.copies.has(c.boardId))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  let state = s;
  const ids: CommitmentId[] = [];
  for (const c of from) {
    const id = mergedId(c.id);
    if (id.length > LIMITS.idMax || hasEntry(state.pub.commitments, id))
      return fail('conflict', 'a merged commitment id is in use');
    const boardId = m.copies.get(c.boardId)!;
    // The plenary board may have lost the group's kind of contribution, or never had its organisation.
    state = ensureColumn(ensureRow(state, boardId, c.organisation), boardId, c.kind);
    const merged: Commitment = {
      ...c,
      id,
      boardId,
      organisation: findRow(matrixOf(state, boardId), c.organisation) ?? c.organisation,
      linkedNoteIds: [...new Set(c.linkedNoteIds.flatMap((n) => m.mergedNotes.get(n) ?? []))],
      updatedAt: now,
      fromGroup: m.groupName.get(ownEntry(s.pub.boards, c.boardId)!.copyOf!.groupId) ?? '',
    };
    state = withContactDetails(withCommitment(state, merged), id, ownEntry(state.priv.contacts, c.id)?.details);
    ids.push(id);
  }
  return ok({ state, ids });
}

/**
 * A plenary roles board takes the mode its groups' copies had: the console has no mode control for
 * a roles board (it opens with its step), so a mapping done in groups carries on in plenary on the
 * same step only if the merge opens it. Notes boards stay locked until the facilitator chooses what
 * comes next (a vote, grouping).
 */
function reopenRolesBoards(next: WorkshopState, before: WorkshopState, b: Breakout): WorkshopState {
  const first = b.groups[0];
  if (!first) return next;
  let out = next;
  for (const id of b.boardIds) {
    const copy = ownEntry(before.pub.boards, copyBoardId(id, first.id));
    if (copy?.kind === 'roles') out = setBoardMode(out, id, copy.mode);
  }
  return out;
}

/** Merges the live breakout's boards into the plenary ones; answers how much of each came across. */
export function mergeBreakout(
  s: WorkshopState,
  combine: NoteId[][],
  now: number,
): Result<Decision<{ notes: number; clusters: number; commitments: number }>> {
  const found = mergeable(s);
  if (!found.ok) return found;
  const b = found.value;
  const groupName = new Map(b.groups.map((g) => [g.id, g.name]));
  /** Copy board id → plenary board id. */
  const copies = new Map(b.groups.flatMap((g) => b.boardIds.map((id) => [copyBoardId(id, g.id), id] as const)));
  const notes = groupNotes(s, copies);
  const byId = new Map(notes.map((n) => [n.id, n]));
  const sets = duplicateSets(combine, byId);
  if (!sets.ok) return sets;
  for (const set of sets.value.values())
    if (new Set(set.map((n) => copies.get(n.boardId))).size > 1)
      return fail('bad_request', 'duplicates on different boards');
  const inSet = new Set([...sets.value.values()].flat().map((n) => n.id));

  const pubNotes = { ...s.pub.notes };
  const pubGroups = { ...s.pub.groups };
  const clusterIds: GroupId[] = [];
  const clusterOf = new Map<GroupId, GroupId>();
  const orders = new Map<BoardId, number>();
  for (const g of Object.values(s.pub.groups)) orders.set(g.boardId, Math.max(orders.get(g.boardId) ?? 0, g.order));
  for (const c of Object.values(s.pub.groups).sort((x, y) => x.order - y.order)) {
    const boardId = copies.get(c.boardId);
    if (!boardId) continue;
    const id = mergedId(c.id);
    if (id.length > LIMITS.idMax || hasEntry(pubGroups, id)) return fail('conflict', 'a merged cluster id is in use');
    const order = (orders.get(boardId) ?? 0) + 1;
    orders.set(boardId, order);
    const copy = ownEntry(s.pub.boards, c.boardId)!.copyOf!;
    const cluster: Group = { id, boardId, title: c.title, order, fromGroup: groupName.get(copy.groupId) ?? '' };
    pubGroups[id] = cluster;
    clusterOf.set(c.id, id);
    clusterIds.push(id);
  }

  const noteIds: NoteId[] = [];
  const mergedNotes = new Map<NoteId, NoteId>();
  let noteOwners = s.priv.noteOwners;
  for (const note of notes) {
    if (inSet.has(note.id) && !sets.value.has(note.id)) continue;
    const sources = sets.value.get(note.id) ?? [note];
    const id = mergedId(note.id);
    if (id.length > LIMITS.idMax || hasEntry(pubNotes, id)) return fail('conflict', 'a merged note id is in use');
    const provenance: NoteProvenance = {
      breakoutId: b.id,
      sources: sources.map((n) => {
        const groupId = ownEntry(s.pub.boards, n.boardId)!.copyOf!.groupId;
        return { groupId, groupName: groupName.get(groupId) ?? '', noteId: n.id, text: n.text };
      }),
    };
    const groupId = note.groupId === null ? null : (clusterOf.get(note.groupId) ?? null);
    pubNotes[id] = { ...note, id, boardId: copies.get(note.boardId)!, groupId, updatedAt: now, provenance };
    noteOwners = copyOwner(noteOwners, note.id, id);
    for (const n of sources) mergedNotes.set(n.id, id);
    noteIds.push(id);
  }

  const commitments = mergeCommitments(
    { pub: { ...s.pub, notes: pubNotes, groups: pubGroups }, priv: { ...s.priv, noteOwners } },
    { copies, groupName, mergedNotes },
    now,
  );
  if (!commitments.ok) return commitments;
  let next = commitments.value.state;
  for (const copyId of copies.keys()) next = setBoardMode(next, copyId, 'locked');
  next = reopenRolesBoards(next, s, b);
  const room = { ...next.pub.room, activeBoardIds: b.boardIds, focus: null };
  next = { ...next, pub: { ...next.pub, room } };
  const commitmentIds = commitments.value.ids;
  next = withBreakout(next, { ...b, status: 'merged', merged: { at: now, noteIds, clusterIds, commitmentIds } });
  return ok({
    state: recordUndo(s, next, 'breakout:merge', now),
    value: { notes: noteIds.length, clusters: clusterIds.length, commitments: commitmentIds.length },
  });
}
