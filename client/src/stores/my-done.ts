/** The steps this participant ticked "I'm done" in: from the server on connect, then from each ack. */
import { create } from 'zustand';

export const useMyDone = create<{ steps: ReadonlySet<string> }>(() => ({ steps: new Set() }));

export const setMyDone = (steps: string[]) => useMyDone.setState({ steps: new Set(steps) });
export function setMyStepDone(step: string, done: boolean): void {
  useMyDone.setState((s) => {
    const next = new Set(s.steps);
    if (done) next.add(step);
    else next.delete(step);
    return { steps: next };
  });
}
