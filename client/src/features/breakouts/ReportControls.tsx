/** Report-back: start it, then step through the groups as the projector shows each one's points. */
import type { Breakout } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';
import { groupName } from '../breakout-screens/group-name.ts';

export function ReportControls({ breakout: b }: { breakout: Breakout }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const go = (index: number) => void run((i) => breakoutIntents(i).report(index));
  const on = b.groups[b.reportIndex];
  return (
    <div className="report-controls">
      {b.status === 'running' ? (
        <button type="button" disabled={busy} onClick={() => go(0)}>
          {t('breakouts.startReport')}
        </button>
      ) : (
        <>
          <button type="button" disabled={busy || b.reportIndex === 0} onClick={() => go(b.reportIndex - 1)}>
            {t('breakouts.previous')}
          </button>
          <span data-testid="report-now">
            {on && groupName(t, on)} · {t('groupwork.reportBack', { index: b.reportIndex + 1, count: b.groups.length })}
          </span>
          <button
            type="button"
            disabled={busy || b.reportIndex >= b.groups.length - 1}
            onClick={() => go(b.reportIndex + 1)}
          >
            {t('breakouts.next')}
          </button>
        </>
      )}
      <CommandError refusal={refusal} />
    </div>
  );
}
