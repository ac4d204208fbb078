/** The questions this participant upvoted: from the server on connect, then from each ack. */
import { create } from 'zustand';
import type { QuestionId } from '../../../shared/model.ts';

export const useMyUpvotes = create<{ upvoted: ReadonlySet<QuestionId> }>(() => ({ upvoted: new Set() }));

export const setMyUpvotes = (ids: QuestionId[]) => useMyUpvotes.setState({ upvoted: new Set(ids) });
export function setMyUpvote(id: QuestionId, up: boolean): void {
  useMyUpvotes.setState((s) => {
    const next = new Set(s.upvoted);
    if (up) next.add(id);
    else next.delete(id);
    return { upvoted: next };
  });
}
