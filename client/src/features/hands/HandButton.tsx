/** A participant's own hand: raise or lower it, and where it stands in the queue. */
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { useSpeakersQueue } from './use-hands.ts';
import './hands.css';

export function HandButton() {
  const t = useT();
  const me = useConnection((s) => s.session?.participantId ?? null);
  const { speaker, waiting } = useSpeakersQueue();
  const { run, refusal, busy } = useCommand();
  if (!me) return null;
  const speaking = speaker?.participantId === me;
  const place = waiting.findIndex((h) => h.participantId === me) + 1;
  const up = speaking || place > 0;
  return (
    <div className="hand" data-testid="hand" data-raised={up} data-place={place}>
      <button
        type="button"
        className={up ? 'secondary' : ''}
        aria-pressed={up}
        disabled={busy}
        onClick={() => run((c) => c.hands.raise(!up))}
        data-action="hand"
      >
        {t(up ? 'hands.lower' : 'hands.raise')}
      </button>
      <p className="hand-status" aria-live="polite">
        {speaking ? t('hands.yourTurn') : place > 0 ? t('hands.raised', { place }) : ''}
      </p>
      <CommandError refusal={refusal} />
    </div>
  );
}
