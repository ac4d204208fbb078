/**
 * A closed vote's results, named by their board, most dots first (tied notes share a rank), each
 * with its count as a bar. With a `limit`, a tie at the edge is shown whole and the rest is counted.
 */
import { useContent } from '../../i18n/content.ts';
import { useMemo } from 'react';
import type { BoardId } from '../../../../shared/model.ts';
import { rankResults, sharedRanks } from '../../../../shared/vote-results.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { VoteBar } from './VoteBar.tsx';

export function VoteResults({ boardId, limit }: { boardId: BoardId; limit?: number }) {
  const t = useT();
  const tc = useContent();
  const round = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const notes = useWorkshop((s) => s.state?.notes);
  const board = useWorkshop((s) => s.state?.boards[boardId]?.title ?? '');
  const ranked = useMemo(() => (round && notes ? rankResults(round, notes) : []), [round, notes]);
  if (round?.status !== 'closed' || !notes) return null;
  const max = ranked[0]?.count ?? 0;
  const ranks = sharedRanks(ranked);
  const edge = limit === undefined || limit >= ranked.length ? ranked.length : limit;
  // Never cut a tie: everything with the last shown note's count is shown too.
  const shown = ranked.filter((r, i) => i < edge || r.count === ranked[edge - 1]?.count);

  return (
    <section className="vote-results" aria-labelledby={`results-${boardId}`} data-testid="vote-results">
      <h3 id={`results-${boardId}`}>{t('votes.resultsOf', { board: tc(board) })}</h3>
      {ranked.length === 0 && <p className="muted">{t('votes.noResults')}</p>}
      <ol>
        {shown.map((r, i) => (
          <li key={r.noteId} value={ranks[i]} data-testid="vote-result" data-note-id={r.noteId} data-rank={ranks[i]}>
            <p className="note-text">{notes[r.noteId]!.text}</p>
            <VoteBar count={r.count} max={max} />
          </li>
        ))}
      </ol>
      {shown.length < ranked.length && (
        <p className="muted" data-testid="vote-results-more">
          {t('votes.more', { count: ranked.length - shown.length })}
        </p>
      )}
    </section>
  );
}
