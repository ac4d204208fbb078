/** "Finish the day", for the facilitator once the room is in the closing: asks before ending the workshop. */
import { useState } from 'react';
import { dayFinished } from '../../../../shared/schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { inClosingOrLater } from './current-step.ts';

export function FinishDay() {
  const t = useT();
  const room = useRoom();
  const [confirming, setConfirming] = useState(false);
  const { run, refusal } = useCommand();
  if (!room || dayFinished(room) || !inClosingOrLater(room.agenda, room.live)) return null;
  const finish = () => void run((c) => c.agenda.finish()).then(() => setConfirming(false));

  return (
    <div className="timeline-finish" data-testid="agenda-finish">
      {confirming ? (
        <span role="group" className="timeline-nav">
          <span>{t('schedule.finishConfirm')}</span>
          <button type="button" onClick={finish} data-testid="agenda-finish-yes">
            {t('schedule.finishYes')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('schedule.finishCancel')}
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('schedule.finish')}
        </button>
      )}
      <CommandError refusal={refusal} />
    </div>
  );
}
