/** The talk the room is in now and its questions, read from the replica. */
import { useMemo } from 'react';
import type { Question } from '../../../../shared/model.ts';
import { liveTalkId, NO_TALK } from '../../../../shared/question-order.ts';
import { useWorkshop } from '../../stores/workshop.ts';

export interface Talk {
  id: string;
  /** Null for questions asked before the day started. */
  title: string | null;
  questions: Question[];
}

export function useLiveTalk(): Talk | null {
  const room = useWorkshop((s) => s.state?.room ?? null);
  const all = useWorkshop((s) => s.state?.questions ?? null);
  return useMemo(() => {
    if (!room || !all) return null;
    const id = liveTalkId(room.live);
    const steps = room.agenda.segments.flatMap((s) => [s, ...s.activities]);
    const title = id === NO_TALK ? null : (steps.find((x) => x.id === id)?.title ?? null);
    return { id, title, questions: Object.values(all).filter((q) => q.talkId === id) };
  }, [room, all]);
}
