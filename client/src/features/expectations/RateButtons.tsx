/** A participant's three choices for the expectation on screen; their choice stays marked. */
import type { NoteId, Rating } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { setMyRating, useMyRatings } from '../../stores/expectations.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

const RATINGS: Rating[] = ['met', 'partly', 'not_met'];

export function RateButtons({ noteId }: { noteId: NoteId }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const mine = useMyRatings((s) => s.ratings[noteId] ?? null);

  async function rate(rating: Rating) {
    const r = await run((c) => c.review.rate(noteId, rating));
    if (r.ok) setMyRating(noteId, r.value.rating);
  }

  return (
    <div className="rate-buttons" role="group" aria-label={t('review.rate')}>
      {RATINGS.map((rating) => (
        <button
          key={rating}
          type="button"
          className={mine === rating ? `rate rate-${rating} chosen` : `rate rate-${rating}`}
          aria-pressed={mine === rating}
          disabled={busy}
          onClick={() => rate(rating)}
          data-rate={rating}
        >
          {t(`review.${rating}`)}
        </button>
      ))}
      <CommandError refusal={refusal} />
    </div>
  );
}
