/** The facilitator steers the review: open or close rating, one at a time or all, previous and next. */
import type { ExpectationReview, Note } from '../../../../shared/model.ts';
import type { ReviewSetInput } from '../../../../shared/schemas/expectations.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function ReviewControls({ review, notes, index }: { review: ExpectationReview; notes: Note[]; index: number }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const set = (change: Omit<ReviewSetInput, 'boardId'>) =>
    run((c) => c.review.set({ boardId: review.boardId, ...change }));
  const go = (delta: number) => {
    const next = notes[index + delta];
    if (next) void set({ currentNoteId: next.id, layout: 'one' });
  };
  return (
    <div className="review-controls" role="group" aria-label={t('review.title')}>
      {review.status === 'open' ? (
        <button type="button" disabled={busy} onClick={() => set({ status: 'closed' })} data-testid="review-close">
          {t('review.close')}
        </button>
      ) : (
        <button
          type="button"
          disabled={busy}
          onClick={() => set({ status: 'open', currentNoteId: review.currentNoteId ?? notes[0]?.id ?? null })}
          data-testid="review-open"
        >
          {t('review.open')}
        </button>
      )}
      <button type="button" className="secondary" disabled={busy || index <= 0} onClick={() => go(-1)}>
        {t('review.previous')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={busy || index >= notes.length - 1}
        onClick={() => go(1)}
        data-testid="review-next"
      >
        {t('review.next')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => set({ layout: review.layout === 'grid' ? 'one' : 'grid' })}
      >
        {t(review.layout === 'grid' ? 'review.one' : 'review.grid')}
      </button>
      <CommandError refusal={refusal} />
    </div>
  );
}
