/** The live step's progress as the server counts it: done, voted, ratings; counts only, nobody named. */
import { progressLines, type ProgressLine } from '../../../../shared/progress.ts';
import { useContent } from '../../i18n/content.ts';
import { useT, type Translate } from '../../i18n/t.ts';
import { usePresence } from '../../stores/presence.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import './progress.css';

/** One line in words; a vote on several boards at once names the board of each count. */
function say(t: Translate, line: ProgressLine, board: ((id: string) => string) | null): string {
  if (line.kind === 'done') return t('progress.done', { count: line.count, of: line.of });
  if (line.kind === 'voted')
    return board
      ? t('progress.votedOn', { board: board(line.boardId), count: line.count, of: line.of })
      : t('progress.voted', { count: line.count, of: line.of });
  return t('progress.ratings', { count: line.count });
}

export function ProgressLines({ className = '' }: { className?: string }) {
  const t = useT();
  const presence = usePresence((s) => s.presence);
  // Participants here: in the room and remote, not those who only follow.
  const present = presence ? presence.room + presence.remote - presence.followers : 0;
  const state = useWorkshop((s) => s.state);
  const tc = useContent();
  const lines = state ? progressLines(state, present) : [];
  if (lines.length === 0) return null;
  const votes = lines.filter((l) => l.kind === 'voted').length;
  const board = votes > 1 ? (id: string) => tc(state?.boards[id]?.title ?? '') : null;
  return (
    <ul className={`progress-lines ${className}`} aria-label={t('progress.label')} data-testid="progress">
      {lines.map((line) => (
        <li
          key={line.kind === 'done' ? 'done' : `${line.kind}-${line.boardId}`}
          data-kind={line.kind}
          data-count={line.count}
        >
          {say(t, line, board)}
        </li>
      ))}
    </ul>
  );
}
