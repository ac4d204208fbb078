/** Commitments on the roles board: proposed by a participant for their own organisation, managed by the facilitator. */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Board, Commitment, CommitmentId, NoteId } from '../../shared/model.ts';
import {
  COMMITMENT_LIMITS,
  type CommitmentEditInput,
  type CommitmentProposeInput,
} from '../../shared/schemas/roles.ts';
import { ensureRow, findRow, matrixOf, rolesBoard } from './roles.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';
import { recordUndo } from './undo.ts';
import { ownEntry } from '../../shared/ids.ts';
import { ownsCopy } from '../../shared/breakouts.ts';

/** Keeps (or, empty, forgets) how to reach commitment `id`'s contact person, in private state. */
export function withContactDetails(s: WorkshopState, id: CommitmentId, details: string | undefined): WorkshopState {
  if (details === undefined || details === (ownEntry(s.priv.contacts, id)?.details ?? '')) return s;
  const { [id]: _old, ...others } = s.priv.contacts;
  const contacts = details === '' ? others : { ...others, [id]: { commitmentId: id, details } };
  return { ...s, priv: { ...s.priv, contacts } };
}

/** `s` with `c` on its board, in the shared state. */
export function withCommitment(s: WorkshopState, c: Commitment): WorkshopState {
  return { ...s, pub: { ...s.pub, commitments: { ...s.pub.commitments, [c.id]: c } } };
}

/**
 * Links may only point at notes on notes boards (challenges, opportunities), never at expectations
 * or questions; a commitment on a breakout group's copy only at that group's notes, one on a
 * plenary board only at plenary notes, so no link names a note its readers may not see.
 */
function checkLinks(s: WorkshopState, board: Board, noteIds: readonly NoteId[]): Result<NoteId[]> {
  const unique = [...new Set(noteIds)];
  for (const id of unique) {
    const note = ownEntry(s.pub.notes, id);
    const on = note && ownEntry(s.pub.boards, note.boardId);
    if (on?.kind !== 'notes' || on.copyOf?.groupId !== board.copyOf?.groupId)
      return fail('not_found', `no challenge or opportunity ${id}`);
  }
  return ok(unique);
}

function checkKind(board: Board, kind: string): Result<string> {
  return board.columns.includes(kind) ? ok(kind) : fail('bad_request', `no column ${kind} on ${board.id}`);
}

/**
 * Whether `p` may write on `board` now: the room is on it, it is not locked, remote people only
 * where remote writing is on, and a breakout group's copy only its own members.
 */
function checkWritable(s: WorkshopState, board: Board, p: Participant): Result<null> {
  if (!s.pub.room.activeBoardIds.includes(board.id)) return fail('board_closed');
  if (board.mode === 'locked') return fail('board_locked');
  if (p.attendance === 'remote' && !board.remoteWriting) return fail('remote_writing_closed');
  if (board.copyOf && !ownsCopy(s.pub.breakouts, board.copyOf, p.id)) return fail('not_in_group');
  return ok(null);
}

function checkRoom(s: WorkshopState, p: Participant): Result<null> {
  const all = Object.values(s.pub.commitments);
  if (all.length >= COMMITMENT_LIMITS.perWorkshop)
    return fail('limit_reached', 'this workshop holds as many commitments as it can');
  if (all.filter((c) => c.proposedBy === p.id).length >= COMMITMENT_LIMITS.perParticipant)
    return fail('limit_reached', 'you have proposed as many commitments as you can');
  return ok(null);
}

/** A participant proposes a commitment owned by their own organisation; it waits for the facilitator to confirm. */
export function proposeCommitment(
  s: WorkshopState,
  p: Participant,
  input: CommitmentProposeInput,
  now: number,
): Result<Decision<{ id: CommitmentId }>> {
  const board = rolesBoard(s, input.boardId);
  if (!board.ok) return board;
  if (ownEntry(s.pub.commitments, input.id)) return fail('conflict', 'a commitment with this id exists');
  for (const check of [checkWritable(s, board.value, p), checkKind(board.value, input.kind), checkRoom(s, p)])
    if (!check.ok) return fail(check.error, check.detail);
  const links = checkLinks(s, board.value, input.linkedNoteIds);
  if (!links.ok) return links;
  const state = ensureRow(s, input.boardId, p.organisation);
  const organisation = findRow(matrixOf(state, input.boardId), p.organisation) ?? p.organisation;
  const c: Commitment = {
    id: input.id,
    boardId: input.boardId,
    organisation,
    kind: input.kind,
    text: input.text,
    contact: input.contact,
    followUp: input.followUp,
    status: 'proposed',
    proposedBy: p.id,
    linkedNoteIds: links.value,
    createdAt: now,
    updatedAt: now,
  };
  return ok({ state: withContactDetails(withCommitment(state, c), c.id, input.contactDetails), value: { id: c.id } });
}

function existing(s: WorkshopState, id: CommitmentId): Result<Commitment> {
  const c = ownEntry(s.pub.commitments, id);
  return c ? ok(c) : fail('not_found', 'no such commitment');
}

/** The facilitator confirms a proposal; confirming twice changes nothing. */
export function confirmCommitment(s: WorkshopState, id: CommitmentId, now: number): Result<Decision<null>> {
  const c = existing(s, id);
  if (!c.ok) return c;
  if (c.value.status === 'confirmed') return ok({ state: s, value: null });
  return ok({ state: withCommitment(s, { ...c.value, status: 'confirmed', updatedAt: now }), value: null });
}

/** The facilitator edits any field; a new owning organisation becomes a row of the matrix. */
export function editCommitment(s: WorkshopState, input: CommitmentEditInput, now: number): Result<Decision<null>> {
  const c = existing(s, input.id);
  if (!c.ok) return c;
  const board = rolesBoard(s, c.value.boardId);
  if (!board.ok) return board;
  const kind = checkKind(board.value, input.kind ?? c.value.kind);
  if (!kind.ok) return kind;
  const links = checkLinks(s, board.value, input.linkedNoteIds ?? c.value.linkedNoteIds);
  if (!links.ok) return links;
  const state = input.organisation === undefined ? s : ensureRow(s, c.value.boardId, input.organisation);
  const organisation =
    input.organisation === undefined
      ? c.value.organisation
      : (findRow(matrixOf(state, c.value.boardId), input.organisation) ?? input.organisation);
  const next: Commitment = {
    ...c.value,
    organisation,
    kind: kind.value,
    text: input.text ?? c.value.text,
    contact: input.contact ?? c.value.contact,
    followUp: input.followUp === undefined ? c.value.followUp : input.followUp,
    linkedNoteIds: links.value,
    updatedAt: now,
  };
  const edited = withContactDetails(withCommitment(state, next), next.id, input.contactDetails);
  return ok({ state: recordUndo(s, edited, 'commitment:edit', now), value: null });
}

/** The facilitator removes a commitment. */
export function removeCommitment(s: WorkshopState, id: CommitmentId, now: number): Result<Decision<null>> {
  const c = existing(s, id);
  if (!c.ok) return c;
  const { [id]: _removed, ...rest } = s.pub.commitments;
  return ok({
    state: recordUndo(s, { ...s, pub: { ...s.pub, commitments: rest } }, 'commitment:remove', now),
    value: null,
  });
}
