/** The roles matrix: organisations (rows) against kinds of contribution (the roles board's columns). */
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Board, BoardId, ParticipantId, RoleMatrix } from '../../shared/model.ts';
import type { Decision, Participant, WorkshopState } from './state.ts';
import { ownEntry } from '../../shared/ids.ts';

/** The roles board `boardId`, or `not_found` when there is none of that kind. */
export function rolesBoard(s: WorkshopState, boardId: BoardId): Result<Board> {
  const board = ownEntry(s.pub.boards, boardId);
  return board?.kind === 'roles' ? ok(board) : fail('not_found', 'no roles board with this id');
}

/** The board's rows; a workshop stored before the matrix existed starts with none. */
export function matrixOf(s: WorkshopState, boardId: BoardId): RoleMatrix {
  return ownEntry(s.pub.roleMatrices, boardId) ?? { boardId, organisations: [] };
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/** Names without repeats, compared without case (the first spelling wins): "WFTO" and "wfto" are one row. */
export function distinctNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!out.some((o) => sameName(o, n))) out.push(n.trim());
  return out;
}

/** The matrix spelling of `organisation`, if it is already a row. */
export function findRow(m: RoleMatrix, organisation: string): string | undefined {
  return m.organisations.find((o) => sameName(o, organisation));
}

function withRows(s: WorkshopState, boardId: BoardId, organisations: string[]): WorkshopState {
  return { ...s, pub: { ...s.pub, roleMatrices: { ...s.pub.roleMatrices, [boardId]: { boardId, organisations } } } };
}

/** Adds `organisation` as a row unless it is there already (under any case). */
export function ensureRow(s: WorkshopState, boardId: BoardId, organisation: string): WorkshopState {
  const m = matrixOf(s, boardId);
  return findRow(m, organisation) ? s : withRows(s, boardId, [...m.organisations, organisation.trim()]);
}

/** Adds `kind` as a column of roles board `boardId` unless it is one already. */
export function ensureColumn(s: WorkshopState, boardId: BoardId, kind: string): WorkshopState {
  const board = ownEntry(s.pub.boards, boardId);
  if (!board || board.columns.includes(kind)) return s;
  return {
    ...s,
    pub: { ...s.pub, boards: { ...s.pub.boards, [boardId]: { ...board, columns: [...board.columns, kind] } } },
  };
}

/** Replaces the rows; a row that still owns commitments cannot go (`in_use`), so nothing is orphaned. */
export function setRows(s: WorkshopState, boardId: BoardId, organisations: readonly string[]): Result<Decision<null>> {
  const board = rolesBoard(s, boardId);
  if (!board.ok) return board;
  const rows = distinctNames(organisations);
  const orphan = Object.values(s.pub.commitments).find(
    (c) => c.boardId === boardId && !rows.some((r) => sameName(r, c.organisation)),
  );
  if (orphan) return fail('in_use', `${orphan.organisation} still owns commitments`);
  return ok({ state: withRows(s, boardId, rows), value: null });
}

/** Replaces the kinds of contribution; a column that still holds commitments cannot go (`in_use`). */
export function setColumns(s: WorkshopState, boardId: BoardId, columns: readonly string[]): Result<Decision<null>> {
  const board = rolesBoard(s, boardId);
  if (!board.ok) return board;
  const cols = distinctNames(columns);
  const orphan = Object.values(s.pub.commitments).find((c) => c.boardId === boardId && !cols.includes(c.kind));
  if (orphan) return fail('in_use', `${orphan.kind} still holds commitments`);
  const next = { ...board.value, columns: cols };
  return ok({ state: { ...s, pub: { ...s.pub, boards: { ...s.pub.boards, [boardId]: next } } }, value: null });
}

/** Everyone who joined, in the order they joined. */
function byJoining(s: WorkshopState): Participant[] {
  return Object.values(s.priv.participants).sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}

/** The rows a breakout group's copy of a roles board starts with: its members' organisations, as they joined. */
export function memberRows(s: WorkshopState, boardId: BoardId, memberIds: readonly ParticipantId[]): RoleMatrix {
  const members = byJoining(s).filter((p) => memberIds.includes(p.id));
  return { boardId, organisations: distinctNames(members.map((p) => p.organisation)) };
}

/** Adds every participant's organisation as a row, in the order people joined. */
export function importOrganisations(s: WorkshopState, boardId: BoardId): Result<Decision<{ added: number }>> {
  const board = rolesBoard(s, boardId);
  if (!board.ok) return board;
  let state = s;
  for (const p of byJoining(s)) state = ensureRow(state, boardId, p.organisation);
  const added = matrixOf(state, boardId).organisations.length - matrixOf(s, boardId).organisations.length;
  return ok({ state, value: { added } });
}
