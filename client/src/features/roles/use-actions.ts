/** The day's action list as the room sees it now, in the order the facilitator chose. */
import { useMemo } from 'react';
import { actionItems, type ActionItem } from '../../../../shared/actions.ts';
import type { RoomDisplay } from '../../../../shared/model.ts';
import { currentStep } from '../agenda/current-step.ts';
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

/** Whether the live step shows the action list ("Commitments and next steps") rather than the matrix alone. */
export function useActionsStep(): boolean {
  return useWorkshop((s) => {
    const room = s.state?.room;
    if (!room) return false;
    const { segment, activity } = currentStep(room.agenda, room.live);
    return (activity?.config ?? segment?.config)?.view === 'actions';
  });
}
