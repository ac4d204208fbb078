/** A board's note counts: from the low-data replica when it sends counts instead of notes, else from the notes. */
import { useMemo } from 'react';
import { countNotes, type BoardCounts } from '../../../../shared/low-data.ts';
import { useFollow } from '../../stores/follow.ts';
import { useWorkshop } from '../../stores/workshop.ts';

const NONE: BoardCounts = { total: 0, groups: {}, ungrouped: 0 };

export function useBoardCounts(boardId: string): BoardCounts {
  const sent = useFollow((s) => s.noteCounts);
  const notes = useWorkshop((s) => s.state?.notes);
  const counted = useMemo(() => (sent ? null : countNotes(notes ?? {})), [sent, notes]);
  return (sent ?? counted)?.[boardId] ?? NONE;
}
