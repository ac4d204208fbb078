/** The day's action list as the room sees it now, in the order the facilitator chose. */
import { useMemo } from 'react';
import { actionItems, type ActionItem } from '../../../../shared/actions.ts';
import type { RoomDisplay } from '../../../../shared/model.ts';
import { useWorkshop } from '../../stores/workshop.ts';

export function useActions(): { items: ActionItem[]; order: RoomDisplay['actionOrder'] } {
  const commitments = useWorkshop((s) => s.state?.commitments);
  const results = useWorkshop((s) => s.state?.expectationResults);
  const order = useWorkshop((s) => s.state?.room.display?.actionOrder ?? 'date');
  const items = useMemo(
    () => actionItems({ commitments: commitments ?? {}, expectationResults: results ?? {} }, order),
    [commitments, results, order],
  );
  return { items, order };
}
