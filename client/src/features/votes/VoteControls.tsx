/** The facilitator starts a dot vote with a budget (and whether dots may stack) and closes it. */
import { useState, type FormEvent } from 'react';
import type { BoardId } from '../../../../shared/model.ts';
import { BOARD_LIMITS } from '../../../../shared/limits.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function VoteControls({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const round = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const { run, refusal, busy } = useCommand();
  const [budget, setBudget] = useState(5);
  const [allowStacking, setAllowStacking] = useState(false);

  function start(e: FormEvent) {
    e.preventDefault();
    void run((c) => c.votes.open(boardId, budget, allowStacking));
  }

  if (round?.status === 'open') {
    return (
      <section className="vote-controls row" data-testid="vote-controls">
        <span role="status">{t('votes.running', { count: round.dotsCast })}</span>
        <button
          type="button"
          disabled={busy}
          onClick={() => run((c) => c.votes.close(boardId))}
          data-testid="vote-close"
        >
          {t('votes.close')}
        </button>
        <CommandError refusal={refusal} />
      </section>
    );
  }
  return (
    <form className="vote-controls row" onSubmit={start} data-testid="vote-controls">
      <label>
        {t('votes.budget')}{' '}
        <input
          type="number"
          min={1}
          max={BOARD_LIMITS.voteBudgetMax}
          value={budget}
          onChange={(e) => setBudget(Math.max(1, Math.min(BOARD_LIMITS.voteBudgetMax, Number(e.target.value) || 1)))}
        />
      </label>
      <label>
        <input type="checkbox" checked={allowStacking} onChange={(e) => setAllowStacking(e.target.checked)} />{' '}
        {t('votes.stacking')}
      </label>
      <button type="submit" disabled={busy} data-testid="vote-start">
        {t('votes.start')}
      </button>
      <CommandError refusal={refusal} />
    </form>
  );
}
