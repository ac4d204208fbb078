/**
 * The boards the room works on now (set by the agenda step), one at a time behind tabs when
 * there are several, so a phone shows one board's composer and notes.
 */
import { useContent } from '../i18n/content.ts';
import { useState, type ReactNode } from 'react';
import type { BoardId } from '../../../shared/model.ts';
import { useWorkshop } from '../stores/workshop.ts';

const NONE: BoardId[] = [];

export const useActiveBoardIds = () => useWorkshop((s) => s.state?.room.activeBoardIds ?? NONE);

/** The board in the spotlight (directly, or through one of its groups or notes), if any. */
export const useFocusedBoardId = () => useWorkshop((s) => s.state?.room.focus?.boardId ?? null);

interface ActiveBoardsProps {
  label: string;
  children: (boardId: BoardId) => ReactNode;
  /** What to show in a step without boards (a break, a talk without questions). */
  empty?: ReactNode;
  /** Other boards than the room's active ones: a breakout group's own copies. */
  ids?: BoardId[];
}

export function ActiveBoards({ label, children, empty = null, ids: only }: ActiveBoardsProps) {
  const active = useActiveBoardIds();
  const ids = only ?? active;
  const boards = useWorkshop((s) => s.state?.boards);
  const [picked, setPicked] = useState<BoardId | null>(null);
  const tc = useContent();
  const current = picked && ids.includes(picked) ? picked : ids[0];
  if (!current) return empty;
  return (
    <div className="active-boards">
      {ids.length > 1 && (
        <div className="board-tabs" role="group" aria-label={label}>
          {ids.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={id === current}
              onClick={() => setPicked(id)}
              data-testid={`board-tab-${id}`}
            >
              {tc(boards?.[id]?.title ?? id)}
            </button>
          ))}
        </div>
      )}
      {children(current)}
    </div>
  );
}
