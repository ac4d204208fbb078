/** A closed vote's results, most dots first, each with its count as a bar. */
import { useMemo } from 'react';
import type { BoardId } from '../../../../shared/model.ts';
import { rankResults } from '../../../../shared/vote-results.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { VoteBar } from './VoteBar.tsx';

export function VoteResults({ boardId, limit }: { boardId: BoardId; limit?: number }) {
  const t = useT();
  const round = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const notes = useWorkshop((s) => s.state?.notes);
  const ranked = useMemo(
    () => (round && notes ? rankResults(round, notes).slice(0, limit) : []),
    [round, notes, limit],
  );
  if (round?.status !== 'closed' || !notes) return null;
  const max = ranked[0]?.count ?? 0;

  return (
    <section className="vote-results" aria-labelledby={`results-${boardId}`} data-testid="vote-results">
      <h3 id={`results-${boardId}`}>{t('votes.results')}</h3>
      {ranked.length === 0 && <p className="muted">{t('votes.noResults')}</p>}
      <ol>
        {ranked.map((r) => (
          <li key={r.noteId} data-testid="vote-result" data-note-id={r.noteId}>
            <p className="note-text">{notes[r.noteId]!.text}</p>
            <VoteBar count={r.count} max={max} />
          </li>
        ))}
      </ol>
    </section>
  );
}
