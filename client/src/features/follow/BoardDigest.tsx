/**
 * A board in a compact text form for a slow link: its groups with their counts first, each
 * group's notes only when opened; while a vote runs, the dots cast; once it closes, the results.
 */
import { useContent } from '../../i18n/content.ts';
import { useState } from 'react';
import type { BoardId, GroupId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useFollow } from '../../stores/follow.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { VoteResults } from '../votes/VoteResults.tsx';
import { useBoardCounts } from './use-board-counts.ts';
import { byLine } from '../../ui/by-line.ts';

/** The notes of one group (or of none), rendered only once the reader opens it. */
function GroupNotes({ boardId, groupId }: { boardId: BoardId; groupId: GroupId | null }) {
  const t = useT();
  const lowData = useFollow((s) => s.noteCounts !== null);
  const notes = useWorkshop((s) => s.state?.notes);
  if (lowData) return <p className="muted">{t('follow.notesOff')}</p>;
  const shown = Object.values(notes ?? {})
    .filter((n) => n.boardId === boardId && n.groupId === groupId)
    .sort((a, b) => a.createdAt - b.createdAt);
  return (
    <ul className="feed-list">
      {shown.map((n) => (
        <li key={n.id} className="feed-note">
          <p className="note-text">{n.text}</p>
          <p className="muted feed-meta">{byLine(t, n)}</p>
        </li>
      ))}
    </ul>
  );
}

function GroupItem({
  boardId,
  groupId,
  title,
  count,
}: {
  boardId: BoardId;
  groupId: GroupId | null;
  title: string;
  count: number;
}) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="digest-group" data-count={count}>
        <summary>{`${title} (${count})`}</summary>
        {open && <GroupNotes boardId={boardId} groupId={groupId} />}
      </details>
    </li>
  );
}

export function BoardDigest({ boardId }: { boardId: BoardId }) {
  const tc = useContent();
  const t = useT();
  const board = useWorkshop((s) => s.state?.boards[boardId]);
  const groups = useWorkshop((s) => s.state?.groups);
  const round = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const counts = useBoardCounts(boardId);
  if (!board) return null;
  const ordered = Object.values(groups ?? {})
    .filter((g) => g.boardId === boardId)
    .sort((a, b) => a.order - b.order);
  return (
    <section
      className="card board-digest"
      aria-labelledby={`digest-${boardId}`}
      data-testid="board-digest"
      data-board-id={boardId}
    >
      <h2 id={`digest-${boardId}`}>{tc(board.title)}</h2>
      <p className="muted" data-testid="digest-total" data-count={counts.total}>
        {t('follow.notes', { count: counts.total })}
        {board.hiddenCount > 0 && ` · ${t('board.hiddenCount', { count: board.hiddenCount })}`}
      </p>
      {round?.status === 'open' && <p>{t('votes.running', { count: round.dotsCast })}</p>}
      <VoteResults boardId={boardId} limit={5} />
      {counts.total > 0 && (
        <ul className="digest-groups">
          {ordered.map((g) => (
            <GroupItem key={g.id} boardId={boardId} groupId={g.id} title={g.title} count={counts.groups[g.id] ?? 0} />
          ))}
          {counts.ungrouped > 0 && (
            <GroupItem boardId={boardId} groupId={null} title={t('board.ungrouped')} count={counts.ungrouped} />
          )}
        </ul>
      )}
    </section>
  );
}
