/** One note's dots as a bar with its count; the width is relative to the most-voted note. */
import { useT } from '../../i18n/t.ts';

export function VoteBar({ count, max }: { count: number; max: number }) {
  const t = useT();
  const width = max > 0 ? Math.round((count / max) * 100) : 0;
  return (
    <div className="vote-bar" data-testid="vote-bar" data-count={count}>
      <span className="vote-bar-fill" style={{ width: `${width}%` }} aria-hidden="true" />
      <span className="vote-bar-count">{t('votes.count', { count })}</span>
    </div>
  );
}
