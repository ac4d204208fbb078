/** Board data for components, derived from the replica's collections (stable until they change). */
import { useMemo } from 'react';
import type { ErrorCode } from '../../../../shared/errors.ts';
import type { Board, BoardId, Commitment, Group, Note, NoteId } from '../../../../shared/model.ts';
import { useT, type MessageKey } from '../../i18n/t.ts';
import { useGroupBoards } from '../../stores/my-board.ts';
import { useWorkshop } from '../../stores/workshop.ts';

export const useBoard = (boardId: BoardId): Board | null => useWorkshop((s) => s.state?.boards[boardId] ?? null);

/**
 * Board `boardId`'s entries of one collection, in `order`. A breakout group's copy of a board has
 * them outside the document (they would reach every group): the server tells them to the group
 * and the facilitators (`breakout:boards`), and they come in here so the board's parts work on it.
 */
function useOnBoard<T extends { boardId: BoardId }>(
  inDocument: Record<string, T> | undefined,
  inGroups: readonly T[],
  boardId: BoardId,
  order: (a: T, b: T) => number,
): T[] {
  return useMemo(
    () => [...Object.values(inDocument ?? {}), ...inGroups].filter((x) => x.boardId === boardId).sort(order),
    [inDocument, inGroups, boardId, order],
  );
}

const oldestFirst = (a: Note | Commitment, b: Note | Commitment) =>
  a.createdAt - b.createdAt || a.id.localeCompare(b.id);
const facilitatorsOrder = (a: Group, b: Group) => a.order - b.order;

/** The board's shown notes, oldest first (a breakout copy's included). */
export function useBoardNotes(boardId: BoardId): Note[] {
  const inDocument = useWorkshop((s) => s.state?.notes);
  return useOnBoard(
    inDocument,
    useGroupBoards((s) => s.notes),
    boardId,
    oldestFirst,
  );
}

/** The board's groups in the facilitator's order (a breakout copy's clusters included). */
export function useBoardGroups(boardId: BoardId): Group[] {
  const inDocument = useWorkshop((s) => s.state?.groups);
  return useOnBoard(
    inDocument,
    useGroupBoards((s) => s.clusters),
    boardId,
    facilitatorsOrder,
  );
}

/** A roles board's commitments, oldest first (a breakout copy's included). */
export function useBoardCommitments(boardId: BoardId): Commitment[] {
  const inDocument = useWorkshop((s) => s.state?.commitments);
  return useOnBoard(
    inDocument,
    useGroupBoards((s) => s.commitments),
    boardId,
    oldestFirst,
  );
}

/**
 * The notes a commitment on roles board `boardId` may answer: those of the plenary notes boards,
 * or on a group's copy, its own group's notes (the server refuses any other group's).
 */
export function linkableNotes(
  boardId: BoardId,
  boards: Record<BoardId, Board>,
  plenary: Record<NoteId, Note>,
  inGroups: readonly Note[],
): Note[] {
  const group = boards[boardId]?.copyOf?.groupId;
  const notes = group ? inGroups : Object.values(plenary);
  return notes.filter((n) => boards[n.boardId]?.kind === 'notes' && boards[n.boardId]?.copyOf?.groupId === group);
}

export function useLinkableNotes(boardId: BoardId): Note[] {
  const boards = useWorkshop((s) => s.state?.boards);
  const notes = useWorkshop((s) => s.state?.notes);
  const inGroups = useGroupBoards((s) => s.notes);
  return useMemo(() => linkableNotes(boardId, boards ?? {}, notes ?? {}, inGroups), [boardId, boards, notes, inGroups]);
}

/** Translates an error code with the board's own wording when there is one. */
export function useErrorText(): (code: ErrorCode) => string {
  const t = useT();
  return (code) => {
    // A key without a message translates to itself: then the sentence for the code.
    const key = `board.error.${code}` as MessageKey;
    const text = t(key);
    return text === key ? t(`error.${code}`) : text;
  };
}
