/** "I'm done" for the live step, while it has something to finish (writing, a vote, a review). */
import { collectsDone } from '../../../../shared/progress.ts';
import { stepKey } from '../../../../shared/speakers-queue.ts';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { setMyStepDone, useMyDone } from '../../stores/my-done.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';

export function DoneButton() {
  const t = useT();
  const joined = useConnection((s) => !!s.session?.participantId);
  const step = useWorkshop((s) => (s.state && collectsDone(s.state) ? stepKey(s.state.room.live) : null));
  const done = useMyDone((s) => step !== null && s.steps.has(step));
  const { run, refusal, busy } = useCommand();
  if (!joined || step === null) return null;
  async function toggle() {
    const r = await run((c) => c.done(!done));
    if (r.ok && step !== null) setMyStepDone(step, r.value.done);
  }
  return (
    <div className="signal-row" data-testid="done" data-done={done}>
      <button
        type="button"
        className={done ? 'secondary' : ''}
        aria-pressed={done}
        disabled={busy}
        onClick={toggle}
        data-action="done"
      >
        {t(done ? 'done.undo' : 'done.button')}
      </button>
      <p className="signal-status" aria-live="polite">
        {done ? t('done.ticked') : ''}
      </p>
      <CommandError refusal={refusal} />
    </div>
  );
}
