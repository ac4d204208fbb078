/** A plan conflict in the viewer's language, next to the block it concerns. */
import type { PlanConflict } from '../../../../shared/agenda-plan.ts';
import type { Segment } from '../../../../shared/model.ts';
import type { Translate } from '../../i18n/t.ts';

/** The sentence for `conflict`; `segments` names the block an overlap runs into. */
export function conflictText(t: Translate, conflict: PlanConflict, segments: readonly Pick<Segment, 'id' | 'title'>[]) {
  switch (conflict.kind) {
    case 'overlap':
      return t('design.conflict.overlap', {
        minutes: conflict.minutes,
        previous: segments.find((s) => s.id === conflict.previousId)?.title ?? conflict.previousId,
      });
    case 'overflow':
      return t('design.conflict.overflow', { minutes: Math.round(conflict.minutes * 10) / 10 });
    case 'inverted':
      return t('design.conflict.inverted');
    case 'invalid_time':
      return t('design.conflict.invalidTime');
  }
}

/** `1 h 30` or `45 min`, in the viewer's words. */
export function durationText(t: Translate, minutes: number): string {
  const m = Math.round(minutes);
  return m >= 60
    ? t('design.hours', { h: Math.floor(m / 60), m: String(m % 60).padStart(2, '0') })
    : t('design.minutes', { m });
}
