/**
 * Boards as the facilitator designs them before (or during) the day: create one, retitle it,
 * change its columns, remove it. Nothing anyone wrote is ever orphaned: a column that holds notes
 * or commitments stays, and a board a step uses or that holds anything (or that undo could still
 * bring something back to) cannot be removed.
 */
import { fail, ok, type Result } from '../../shared/errors.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Board, BoardId, PublicState } from '../../shared/model.ts';
import type { BoardEditInput } from '../../shared/schemas/design-commands.ts';
import type { BoardSpec } from '../../shared/schemas/template.ts';
import { setColumns } from './roles.ts';
import type { Decision, WorkshopState } from './state.ts';

/** Adds the boards of `specs`, each locked, with the roles matrix or closing review its kind has. */
export function withBoards(pub: PublicState, specs: readonly BoardSpec[]): PublicState {
  const boards = { ...pub.boards };
  const roleMatrices = { ...pub.roleMatrices };
  const expectationReviews = { ...pub.expectationReviews };
  for (const spec of specs) {
    boards[spec.id] = { ...spec, mode: 'locked', remoteWriting: true, hiddenCount: 0 };
    if (spec.kind === 'roles') roleMatrices[spec.id] = { boardId: spec.id, organisations: [] };
    if (spec.kind === 'expectations')
      expectationReviews[spec.id] = { boardId: spec.id, status: 'idle', layout: 'one', currentNoteId: null };
  }
  return { ...pub, boards, roleMatrices, expectationReviews };
}

/** Checks that `count` more boards fit in the workshop. */
export function roomForBoards(s: WorkshopState, count: number): Result<null> {
  // Breakout groups' copies of the boards are not the workshop's own boards.
  const own = Object.values(s.pub.boards).filter((b) => !b.copyOf).length;
  return own + count > LIMITS.boardsMax
    ? fail('limit_reached', `a workshop has at most ${LIMITS.boardsMax} boards`)
    : ok(null);
}

/** Creates a board; its id is the client-made id of the command. */
export function createBoard(s: WorkshopState, spec: BoardSpec): Result<Decision<{ id: BoardId }>> {
  if (Object.hasOwn(s.pub.boards, spec.id)) return fail('conflict', 'a board with this id exists');
  const room = roomForBoards(s, 1);
  if (!room.ok) return room;
  return ok({ state: { ...s, pub: withBoards(s.pub, [spec]) }, value: { id: spec.id } });
}

/** Retitles a board, rewrites its prompt, or replaces its columns (a column in use stays: `in_use`). */
export function editBoard(s: WorkshopState, input: BoardEditInput): Result<Decision<null>> {
  if (!Object.hasOwn(s.pub.boards, input.boardId)) return fail('not_found');
  const board = s.pub.boards[input.boardId]!;
  let state = s;
  if (input.columns) {
    const columns = input.columns;
    // A roles board's columns are its kinds of contribution, with their own rule.
    if (board.kind === 'roles') {
      const set = setColumns(s, board.id, columns);
      if (!set.ok) return set;
      state = set.value.state;
    } else {
      const used = columnsInUse(s, board.id).find((c) => !columns.includes(c));
      if (used !== undefined) return fail('in_use', `the column ${used} holds notes`);
    }
  }
  const current = state.pub.boards[board.id]!;
  const next: Board = {
    ...current,
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.prompt === undefined ? {} : { prompt: input.prompt }),
    ...(input.columns === undefined || board.kind === 'roles' ? {} : { columns: input.columns }),
  };
  return ok({
    state: { ...state, pub: { ...state.pub, boards: { ...state.pub.boards, [board.id]: next } } },
    value: null,
  });
}

/** Removes a board nothing uses and nothing is written on. */
export function removeBoard(s: WorkshopState, boardId: BoardId): Result<Decision<null>> {
  if (!Object.hasOwn(s.pub.boards, boardId)) return fail('not_found');
  const why = whyInUse(s, boardId);
  if (why) return fail('in_use', why);
  const without = <T>(r: Record<string, T>, keep: (v: T, k: string) => boolean = (_v, k) => k !== boardId) =>
    Object.fromEntries(Object.entries(r).filter(([k, v]) => keep(v, k)));
  const pub: PublicState = {
    ...s.pub,
    boards: without(s.pub.boards),
    groups: without(s.pub.groups, (g) => g.boardId !== boardId),
    votes: without(s.pub.votes),
    roleMatrices: without(s.pub.roleMatrices),
    expectationReviews: without(s.pub.expectationReviews),
  };
  const ballots = without(s.priv.ballots, (b) => b.boardId !== boardId);
  return ok({ state: { pub, priv: { ...s.priv, ballots } }, value: null });
}

/** The columns of a notes board that hold a note, shown, held back or hidden. */
function columnsInUse(s: WorkshopState, boardId: BoardId): string[] {
  const notes = [
    ...Object.values(s.pub.notes),
    ...Object.values(s.priv.heldNotes),
    ...Object.values(s.priv.hiddenNotes),
  ];
  return [...new Set(notes.filter((n) => n.boardId === boardId).map((n) => n.column))];
}

/** Why a board cannot go, or null when it can. */
function whyInUse(s: WorkshopState, boardId: BoardId): string | null {
  const { agenda, activeBoardIds } = s.pub.room;
  if (activeBoardIds.includes(boardId)) return 'the room is working on it';
  const usedBy = agenda.segments
    .flatMap((seg) => [seg, ...seg.activities])
    .find((step) => step.config.boardIds.includes(boardId));
  if (usedBy) return `${usedBy.title} uses it`;
  const on = (x: { boardId: string }) => x.boardId === boardId;
  const written = [
    Object.values(s.pub.notes),
    Object.values(s.priv.heldNotes),
    Object.values(s.priv.hiddenNotes),
    Object.values(s.pub.commitments),
    Object.values(s.pub.questions),
  ].some((list) => list.some(on));
  if (written) return 'something is written on it';
  const undoable = Object.values(s.priv.undo).some((entry) =>
    [entry.changes.notes, entry.changes.groups, entry.changes.hiddenNotes, entry.changes.commitments ?? {}].some(
      (changes) => Object.values(changes).some((c) => (c.before && on(c.before)) || (c.after && on(c.after))),
    ),
  );
  return undoable ? 'undo could bring something back to it' : null;
}
