/** The room's reactions to what it looks at now (the spotlighted note, else the step), as a few counts. */
import { REACTIONS } from '../../../../shared/reactions.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom, useWorkshop } from '../../stores/workshop.ts';
import { reactionTarget } from './target.ts';
import '../progress/progress.css';

export function ReactionCounts({ className = '' }: { className?: string }) {
  const t = useT();
  const room = useRoom();
  const aim = room ? reactionTarget(room) : null;
  const counts = useWorkshop((s) => (aim ? s.state?.reactions[aim.key]?.counts : undefined));
  const shown = counts ? REACTIONS.filter((r) => counts[r] > 0) : [];
  if (!counts || shown.length === 0) return null;
  return (
    <ul className={`progress-lines ${className}`} aria-label={t('reactions.counts')} data-testid="reaction-counts">
      {shown.map((r) => (
        <li key={r} data-reaction={r} data-count={counts[r]}>
          {t(`reaction.${r}`)} {counts[r]}
        </li>
      ))}
    </ul>
  );
}
