/** Who speaks for a group, as the room's screens say it. */
import type { BreakoutGroup } from '../../../../shared/breakouts.ts';
import type { Translate } from '../../i18n/t.ts';

/** "Rapporteur: Ana Diallo"; "Rapporteur chosen" where the name is not sent (followers kept from names, a person gone); "No rapporteur yet". */
export function rapporteurLine(t: Translate, g: Pick<BreakoutGroup, 'rapporteurId' | 'rapporteurName'>): string {
  if (g.rapporteurId === null) return t('groupwork.noRapporteur');
  return g.rapporteurName ? t('groupwork.rapporteurNamed', { name: g.rapporteurName }) : t('groupwork.rapporteur');
}
