/** One expectation as every screen shows it: its text and author, the room's ratings when shown, the verdict and its action. */
import type { ExpectationResult, Note } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { formatDay } from '../../ui/time-format.ts';
import { RatingBars } from './RatingBars.tsx';
import './review.css';
import { byLine } from '../../ui/by-line.ts';

/** One expectation; `result` null hides the bars (nothing is rated before the review). */
export function ExpectationCard({
  note,
  result,
  large = false,
}: {
  note: Note;
  result: ExpectationResult | undefined | null;
  large?: boolean;
}) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  return (
    <article className={large ? 'expectation-card large' : 'expectation-card'} data-expectation={note.id}>
      <p className="expectation-text">{note.text}</p>
      <p className="muted">{byLine(t, note)}</p>
      {result !== null && <RatingBars result={result} />}
      {result?.verdict && (
        <p className="expectation-verdict" data-verdict={result.verdict}>
          <strong>{t('review.verdict')}:</strong> {t(`review.${result.verdict}`)}
          {result.action &&
            ` — ${result.action.text} (${result.action.organisation}, ${t('actions.by', { date: formatDay(result.action.due, locale) })})`}
        </p>
      )}
    </article>
  );
}
