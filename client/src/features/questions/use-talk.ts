/** The questions the live step shows, read from the replica: its talk's, or in a Q&A every talk of the session. */
import { useMemo } from 'react';
import type { Question } from '../../../../shared/model.ts';
import { liveTalkId, NO_TALK, talksShown } from '../../../../shared/question-order.ts';
import { useWorkshop } from '../../stores/workshop.ts';

export interface Talk {
  id: string;
  /** Null for questions asked before the day started. */
  title: string | null;
  /** Where the shown questions were asked: this talk alone, or every talk of the session in its Q&A. */
  talkIds: string[];
  /** Each shown question's talk title, when the step gathers several talks (a session's Q&A). */
  talkOf: (q: Question) => string | null;
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
    const talkIds = talksShown(room.agenda, room.live);
    const titles = new Map(steps.map((x) => [x.id, x.title]));
    const talkOf = (q: Question) => (talkIds.length > 1 ? (titles.get(q.talkId) ?? null) : null);
    return { id, title, talkIds, talkOf, questions: Object.values(all).filter((q) => talkIds.includes(q.talkId)) };
  }, [room, all]);
}
