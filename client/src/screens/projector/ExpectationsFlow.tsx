/**
 * The expectations on the room screen: as written in the opening (all of them, paged), then in
 * the closing review one at a time in large type, or all of them with their bars and verdicts.
 */
import { useBoardNotes } from '../../features/board/use-board.ts';
import { useContent } from '../../i18n/content.ts';
import { ExpectationCard } from '../../features/expectations/ExpectationCard.tsx';
import { FlowPager } from '../../features/paging/FlowPager.tsx';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { BoardHeading } from './BoardHeading.tsx';

export function ExpectationsFlow({ boardId }: { boardId: string }) {
  const t = useT();
  const tc = useContent();
  const board = useWorkshop((s) => s.state?.boards[boardId] ?? null);
  const review = useWorkshop((s) => s.state?.expectationReviews[boardId] ?? null);
  const results = useWorkshop((s) => s.state?.expectationResults);
  const notes = useBoardNotes(boardId);
  if (!board) return null;
  const reviewing = review !== null && review.status !== 'idle';
  const index = Math.max(
    0,
    notes.findIndex((n) => n.id === review?.currentNoteId),
  );
  const current = notes[index];
  return (
    <section className="pboard" data-testid="expectations-review" data-review-status={review?.status ?? 'idle'}>
      <BoardHeading
        title={reviewing ? t('review.title') : tc(board.title)}
        prompt={reviewing ? undefined : tc(board.prompt)}
      />
      {notes.length === 0 || !current ? (
        <p className="muted">{t(reviewing ? 'review.none' : 'board.empty')}</p>
      ) : reviewing && review.layout === 'one' ? (
        <div className="pexpectation-one">
          <p className="pboard-prompt">{t('review.position', { n: index + 1, total: notes.length })}</p>
          <ExpectationCard note={current} result={results?.[current.id]} large />
        </div>
      ) : (
        <FlowPager
          sections={[{ id: 'all', title: '' }]}
          items={notes.map((n) => ({
            key: n.id,
            section: 'all',
            node: <ExpectationCard note={n} result={reviewing ? results?.[n.id] : null} />,
          }))}
          minColumnEm={14}
          testId="expectations-pager"
        />
      )}
    </section>
  );
}
