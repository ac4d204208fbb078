/** The breakout running or reporting back now, from the replica (null when the room works in plenary). */
import { liveBreakout, type Breakout } from '../../../../shared/breakouts.ts';
import { useWorkshop } from '../../stores/workshop.ts';

export const useLiveBreakout = (): Breakout | null =>
  useWorkshop((s) => (s.state ? liveBreakout(s.state.breakouts) : null));
