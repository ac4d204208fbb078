/** Met / partly / not met as three labelled bars: live on the projector, the console and phones. */
import type { ExpectationResult, Rating } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';

const ROWS: Array<[Rating, 'met' | 'partly' | 'notMet']> = [
  ['met', 'met'],
  ['partly', 'partly'],
  ['not_met', 'notMet'],
];

export function RatingBars({ result }: { result: ExpectationResult | undefined }) {
  const t = useT();
  const counts = ROWS.map(([rating, key]) => [rating, result?.[key] ?? 0] as const);
  const total = counts.reduce((n, [, c]) => n + c, 0);
  return (
    <div className="rating-bars" data-testid="rating-bars">
      <p className="muted">{t('review.count', { count: total })}</p>
      {counts.map(([rating, count]) => (
        <div key={rating} className={`rating-bar rating-${rating}`} data-rating={rating}>
          <span className="rating-label">{t(`review.${rating}`)}</span>
          <span className="rating-track" aria-hidden="true">
            <span className="rating-fill" style={{ width: `${total ? Math.round((count / total) * 100) : 0}%` }} />
          </span>
          <span className="rating-count">{count}</span>
        </div>
      ))}
    </div>
  );
}
