/** The live breakout as this participant sees it: their group (or none) and whether they report for it. */
import { groupOf, type Breakout, type BreakoutGroup } from '../../../../shared/breakouts.ts';
import { useConnection } from '../../stores/connection.ts';

export interface MyGroup {
  group: BreakoutGroup | null;
  me: string | null;
  rapporteur: boolean;
}

export function useMyGroup(b: Breakout | null): MyGroup {
  const me = useConnection((s) => s.session?.participantId ?? null);
  const group = b && me ? groupOf(b, me) : null;
  return { group, me, rapporteur: !!group && group.rapporteurId === me };
}
