/** The facilitator's choice of an anonymous board: made before anything is written on it, then kept, and the console says why. */
import type { Board } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { useBoardNotes } from './use-board.ts';

export function AnonymousSwitch({ board }: { board: Board }) {
  const t = useT();
  const shown = useBoardNotes(board.id);
  const { run, refusal, busy } = useCommand();
  // The server also counts hidden notes and those undo could bring back; it refuses what this misses.
  const written = shown.length > 0 || board.hiddenCount > 0;
  const reasonId = `anonymous-set-${board.id}`;
  return (
    <div className="row">
      <label>
        <input
          type="checkbox"
          checked={board.anonymous === true}
          disabled={busy || written}
          aria-describedby={written ? reasonId : undefined}
          onChange={(e) => run((c) => c.boards.setAnonymous(board.id, e.target.checked))}
          data-testid="board-anonymous"
        />{' '}
        {t('board.anonymous')}
      </label>
      {written && (
        <span className="muted" id={reasonId}>
          {t('board.anonymousSet')}
        </span>
      )}
      <CommandError refusal={refusal} />
    </div>
  );
}
