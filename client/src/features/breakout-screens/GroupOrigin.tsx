/** "From: Group 2" under a commitment that a merge brought from a breakout group to the plenary roles board. */
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { mergedGroupName } from './provenance.ts';

export function GroupOrigin({ fromGroup, className }: { fromGroup: string; className: string }) {
  const t = useT();
  const breakouts = useWorkshop((s) => s.state?.breakouts);
  return (
    <p className={className} data-testid="group-origin">
      {t('groupwork.from', { groups: mergedGroupName(t, fromGroup, breakouts ?? {}) })}
    </p>
  );
}
