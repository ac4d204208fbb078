/** The participant's dots: what is left of the budget, and a dot to add or take back on each note. */
import type { BoardId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useMyBoard } from '../../stores/my-board.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { useBoardNotes, useErrorText } from '../board/use-board.ts';
import { useCommand } from '../../ui/use-command.ts';

const EMPTY: string[] = [];

export function VotePanel({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const errorText = useErrorText();
  const round = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const mine = useMyBoard((s) => s.ballots[boardId] ?? EMPTY);
  const notes = useBoardNotes(boardId);
  const { run, refusal, busy } = useCommand();
  if (round?.status !== 'open') return null;
  const remaining = Math.max(0, round.budget - mine.length);

  return (
    <section className="vote-panel" data-testid="vote-panel">
      <p className="vote-remaining" role="status" data-testid="vote-remaining" data-remaining={remaining}>
        {t('votes.remaining', { count: remaining, budget: round.budget })}
      </p>
      {refusal && (
        <p className="status-refused" role="alert">
          {errorText(refusal.error)}
        </p>
      )}
      <ul className="stack-list">
        {notes.map((n) => {
          const dots = mine.filter((id) => id === n.id).length;
          const canAdd = remaining > 0 && (round.allowStacking || dots === 0);
          return (
            <li key={n.id} className="my-note" data-testid="vote-note" data-note-id={n.id}>
              <p className="note-text">{n.text}</p>
              <div className="row">
                <button
                  type="button"
                  disabled={busy || !canAdd}
                  onClick={() => run((c) => c.votes.cast(boardId, n.id))}
                  aria-label={t('votes.add', { text: n.text.slice(0, 40) })}
                >
                  +
                </button>
                <span>{t('votes.mine', { count: dots })}</span>
                <button
                  type="button"
                  className="button-quiet"
                  disabled={busy || dots === 0}
                  onClick={() => run((c) => c.votes.retract(boardId, n.id))}
                  aria-label={t('votes.remove', { text: n.text.slice(0, 40) })}
                >
                  −
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
