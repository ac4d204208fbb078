/** Board data for components, derived from the replica's collections (stable until they change). */
import { useMemo } from 'react';
import type { ErrorCode } from '../../../../shared/errors.ts';
import type { Board, BoardId, Commitment, Group, Note, NoteId } from '../../../../shared/model.ts';
import { useT, type MessageKey } from '../../i18n/t.ts';
import { useGroupBoards } from '../../stores/my-board.ts';
import { useWorkshop } from '../../stores/workshop.ts';

export const useBoard = (boardId: BoardId): Board | null => useWorkshop((s) => s.state?.boards[boardId] ?? null);

/**
 * The board's shown notes, oldest first. A breakout group's copy of a board has its notes
 * outside the document (they would reach every group): the server tells them to the group and
 * the facilitators (`breakout:boards`), and they come in here so the board's parts work on it.
 */
export function useBoardNotes(boardId: BoardId): Note[] {
  const notes = useWorkshop((s) => s.state?.notes);
  const inGroups = useGroupBoards((s) => s.notes);
  return useMemo(
    () =>
      [...Object.values(notes ?? {}), ...inGroups]
        .filter((n) => n.boardId === boardId)
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
    [notes, inGroups, boardId],
  );
}

/** The board's groups in the facilitator's order (a breakout copy's clusters, as its notes above). */
export function useBoardGroups(boardId: BoardId): Group[] {
  const groups = useWorkshop((s) => s.state?.groups);
  const inGroups = useGroupBoards((s) => s.clusters);
  return useMemo(
    () =>
      [...Object.values(groups ?? {}), ...inGroups]
        .filter((g) => g.boardId === boardId)
        .sort((a, b) => a.order - b.order),
    [groups, inGroups, boardId],
  );
}

/** A roles board's commitments, oldest first; a breakout copy's come from the server, as its notes above. */
export function useBoardCommitments(boardId: BoardId): Commitment[] {
  const commitments = useWorkshop((s) => s.state?.commitments);
  const inGroups = useGroupBoards((s) => s.commitments);
  return useMemo(
    () =>
      [...Object.values(commitments ?? {}), ...inGroups]
        .filter((c) => c.boardId === boardId)
        .sort((a, b) => a.createdAt - b.createdAt),
    [commitments, inGroups, boardId],
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
