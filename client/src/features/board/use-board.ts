/** Board data for components, derived from the replica's collections (stable until they change). */
import { useMemo } from 'react';
import type { ErrorCode } from '../../../../shared/errors.ts';
import type { Board, BoardId, Group, Note } from '../../../../shared/model.ts';
import { useT, type MessageKey } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';

export const useBoard = (boardId: BoardId): Board | null => useWorkshop((s) => s.state?.boards[boardId] ?? null);

/** The board's shown notes, oldest first. */
export function useBoardNotes(boardId: BoardId): Note[] {
  const notes = useWorkshop((s) => s.state?.notes);
  return useMemo(
    () =>
      Object.values(notes ?? {})
        .filter((n) => n.boardId === boardId)
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
    [notes, boardId],
  );
}

/** The board's groups in the facilitator's order. */
export function useBoardGroups(boardId: BoardId): Group[] {
  const groups = useWorkshop((s) => s.state?.groups);
  return useMemo(
    () =>
      Object.values(groups ?? {})
        .filter((g) => g.boardId === boardId)
        .sort((a, b) => a.order - b.order),
    [groups, boardId],
  );
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
