/**
 * The closing review of the morning's expectations, for every screen: the projector shows the
 * one in focus (or the grid) with live bars; participants rate it; the facilitator steers and
 * records the verdict and the carry-forward action.
 */
import { useMemo } from 'react';
import type { ExpectationResult, ExpectationReview, Note } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { RateButtons } from './RateButtons.tsx';
import { RatingBars } from './RatingBars.tsx';
import { ReviewControls } from './ReviewControls.tsx';
import { VerdictForm } from './VerdictForm.tsx';
import './review.css';

const IDLE = (boardId: string): ExpectationReview => ({ boardId, status: 'idle', layout: 'one', currentNoteId: null });

export function ExpectationsReview({ boardId = 'expectations' }: { boardId?: string }) {
  const t = useT();
  const role = useConnection((s) => s.session?.role);
  const review = useWorkshop((s) => s.state?.expectationReviews[boardId]) ?? IDLE(boardId);
  const title = useWorkshop((s) => s.state?.boards[boardId]?.title ?? '');
  const notesById = useWorkshop((s) => s.state?.notes);
  const results = useWorkshop((s) => s.state?.expectationResults);
  const notes = useMemo(
    () =>
      Object.values(notesById ?? {})
        .filter((n) => n.boardId === boardId)
        .sort((a, b) => a.createdAt - b.createdAt),
    [notesById, boardId],
  );
  const index = Math.max(
    0,
    notes.findIndex((n) => n.id === review.currentNoteId),
  );
  const current = notes[index];
  const facilitator = role === 'facilitator';
  // Before the closing review starts (the opening, when expectations are written) the room sees them plainly.
  const reviewing = review.status !== 'idle';
  return (
    <section
      className={`expectations-review layout-${review.layout}`}
      aria-labelledby="review-heading"
      data-testid="expectations-review"
      data-review-status={review.status}
    >
      <h2 id="review-heading">{reviewing ? t('review.title') : title}</h2>
      {facilitator && <ReviewControls review={review} notes={notes} index={index} />}
      {notes.length === 0 || !current ? (
        <p className="muted">{t('review.none')}</p>
      ) : !reviewing || review.layout === 'grid' ? (
        <ul className="review-grid">
          {notes.map((n) => (
            <li key={n.id}>
              <ExpectationCard note={n} result={reviewing ? results?.[n.id] : null} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="review-one">
          <p className="muted" data-position={index + 1}>
            {t('review.position', { n: index + 1, total: notes.length })}
          </p>
          <ExpectationCard note={current} result={results?.[current.id]} large />
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

/** One expectation; `result` null hides the bars (nothing is rated before the review). */
function ExpectationCard({
  note,
  result,
  large = false,
}: {
  note: Note;
  result: ExpectationResult | undefined | null;
  large?: boolean;
}) {
  const t = useT();
  return (
    <article className={large ? 'expectation-card large' : 'expectation-card'} data-expectation={note.id}>
      <p className="expectation-text">{note.text}</p>
      <p className="muted">{t('review.by', { name: note.authorName, organisation: note.organisation })}</p>
      {result !== null && <RatingBars result={result} />}
      {result?.verdict && (
        <p className="expectation-verdict" data-verdict={result.verdict}>
          <strong>{t('review.verdict')}:</strong> {t(`review.${result.verdict}`)}
          {result.action && ` — ${result.action.text} (${result.action.organisation}, ${result.action.due})`}
        </p>
      )}
    </article>
  );
}
