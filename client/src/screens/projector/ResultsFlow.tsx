/**
 * A closed dot vote on the room screen: every note that got dots, most first, tied notes sharing
 * their rank (none dropped), then the notes without dots; paged like everything else.
 */
import { useContent } from '../../i18n/content.ts';
import { useMemo } from 'react';
import type { BoardId } from '../../../../shared/model.ts';
import { rankResults, sharedRanks } from '../../../../shared/vote-results.ts';
import { useBoard, useBoardNotes } from '../../features/board/use-board.ts';
import { FlowPager, type FlowItem } from '../../features/paging/FlowPager.tsx';
import { VoteBar } from '../../features/votes/VoteBar.tsx';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { BoardHeading } from './BoardHeading.tsx';
import { ProjectorNote } from './NotesFlow.tsx';

export function ResultsFlow({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const tc = useContent();
  const board = useBoard(boardId);
  const round = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const notesById = useWorkshop((s) => s.state?.notes);
  const notes = useBoardNotes(boardId);
  const ranked = useMemo(() => (round && notesById ? rankResults(round, notesById) : []), [round, notesById]);
  if (!board || !notesById) return null;
  const max = ranked[0]?.count ?? 0;
  const ranks = sharedRanks(ranked);
  const dotted = new Set(ranked.map((r) => r.noteId));
  const items: FlowItem[] = [
    ...ranked.map((r, i) => ({
      key: r.noteId,
      section: 'dots',
      node: (
        <article className="presult" data-testid="vote-result" data-note-id={r.noteId} data-rank={ranks[i]}>
          <span className="presult-rank">
            {ranks[i] === ranks[i - 1] || ranks[i] === ranks[i + 1] ? `=${ranks[i]}` : ranks[i]}
          </span>
          <div className="presult-body">
            <p className="pnote-text">{notesById[r.noteId]!.text}</p>
            <VoteBar count={r.count} max={max} />
          </div>
        </article>
      ),
    })),
    ...notes
      .filter((n) => !dotted.has(n.id))
      .map((n) => ({ key: n.id, section: 'none', node: <ProjectorNote note={n} /> })),
  ];
  const sections = [
    { id: 'dots', title: t('votes.withDots') },
    { id: 'none', title: t('votes.withoutDots') },
  ];
  return (
    <section className="pboard presults" data-testid="vote-results" data-board-id={boardId}>
      <BoardHeading title={t('votes.resultsOf', { board: tc(board.title) })} prompt={t('votes.rankLegend')} />
      {ranked.length === 0 && <p className="muted">{t('votes.noResults')}</p>}
      <FlowPager items={items} sections={sections} minColumnEm={14} testId="results-pager" />
    </section>
  );
}
