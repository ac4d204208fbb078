/**
 * The closing review of the morning's expectations, for every screen: the projector shows the
 * one in focus (or the grid) with live bars; participants rate it; the facilitator steers and
 * records the verdict and the carry-forward action.
 */
import { useBoardNotes } from '../board/use-board.ts';
import { useContent } from '../../i18n/content.ts';
import type { ExpectationReview } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { useMyRatings } from '../../stores/expectations.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { RateButtons } from './RateButtons.tsx';
import { ExpectationCard } from './ExpectationCard.tsx';
import { ReviewControls } from './ReviewControls.tsx';
import { VerdictForm } from './VerdictForm.tsx';
import './review.css';

const IDLE = (boardId: string): ExpectationReview => ({ boardId, status: 'idle', layout: 'one', currentNoteId: null });

/** `controls`: the facilitator's review controls (the console shows them where the step reviews). */
export function ExpectationsReview({
  boardId = 'expectations',
  controls = true,
}: {
  boardId?: string;
  controls?: boolean;
}) {
  const t = useT();
  const tc = useContent();
  const role = useConnection((s) => s.session?.role);
  const review = useWorkshop((s) => s.state?.expectationReviews[boardId]) ?? IDLE(boardId);
  const title = useWorkshop((s) => s.state?.boards[boardId]?.title ?? '');
  const results = useWorkshop((s) => s.state?.expectationResults);
  const notes = useBoardNotes(boardId);
  const index = Math.max(
    0,
    notes.findIndex((n) => n.id === review.currentNoteId),
  );
  const current = notes[index];
  const facilitator = role === 'facilitator';
  const mine = useMyRatings((s) => s.ratings);
  // A participant sees how the room rated an expectation once they have rated it (or rating is over), so the bars do not steer them.
  const shown = (noteId: string) =>
    role !== 'participant' || review.status === 'closed' || mine[noteId] !== undefined ? results?.[noteId] : null;
  // Before the closing review starts (the opening, when expectations are written) the room sees them plainly.
  const reviewing = review.status !== 'idle';
  return (
    <section
      className={`expectations-review layout-${review.layout}`}
      aria-labelledby="review-heading"
      data-testid="expectations-review"
      data-review-status={review.status}
    >
      <h2 id="review-heading">{reviewing ? t('review.title') : tc(title)}</h2>
      {facilitator && controls && <ReviewControls review={review} notes={notes} index={index} />}
      {notes.length === 0 || !current ? (
        <p className="muted">{t('review.none')}</p>
      ) : !reviewing || review.layout === 'grid' ? (
        <ul className="review-grid">
          {notes.map((n) => (
            <li key={n.id}>
              <ExpectationCard note={n} result={reviewing ? shown(n.id) : null} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="review-one">
          <p className="muted" data-position={index + 1}>
            {t('review.position', { n: index + 1, total: notes.length })}
          </p>
          <ExpectationCard note={current} result={shown(current.id)} large />
          {role === 'participant' &&
            (review.status === 'open' ? (
              <RateButtons noteId={current.id} />
            ) : (
              <p className="muted">{t('review.closed')}</p>
            ))}
          {facilitator && <VerdictForm key={current.id} noteId={current.id} result={results?.[current.id]} />}
        </div>
      )}
    </section>
  );
}
