/** The facilitator starts a dot vote with a budget (and whether dots may stack) and closes it. */
import { useState, type FormEvent } from 'react';
import type { BoardId } from '../../../../shared/model.ts';
import { BOARD_LIMITS } from '../../../../shared/limits.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError, useCommand } from '../roles/use-command.tsx';

export function VoteControls({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const round = useWorkshop((s) => s.state?.votes[boardId] ?? null);
  const { run, error, busy } = useCommand();
  const [budget, setBudget] = useState(5);
  const [allowStacking, setAllowStacking] = useState(false);

  function start(e: FormEvent) {
    e.preventDefault();
    void run((c) => c.command('vote:open', { boardId, budget, allowStacking }));
  }

  if (round?.status === 'open') {
    return (
      <section className="vote-controls row" data-testid="vote-controls">
        <span role="status">{t('votes.running', { count: round.dotsCast })}</span>
        <button
          type="button"
          disabled={busy}
          onClick={() => run((c) => c.command('vote:close', { boardId }))}
          data-testid="vote-close"
        >
          {t('votes.close')}
        </button>
        <CommandError error={error} />
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
      <CommandError error={error} />
    </form>
  );
}
