/** The facilitator's message to all groups ("5 minutes left"): send, replace, clear. */
import { BREAKOUT_LIMITS, type BreakoutMessage } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';
import { TextCommand } from './TextCommand.tsx';

export function MessageControls({ message }: { message: BreakoutMessage | null }) {
  const t = useT();
  const clear = useCommand();
  return (
    <TextCommand
      id="group-message"
      className="group-message-form"
      label={t('breakouts.messageAll')}
      button={t('breakouts.send')}
      maxLength={BREAKOUT_LIMITS.messageMax}
      send={(text) => (i) => breakoutIntents(i).message(text)}
    >
      <button
        type="button"
        className="secondary"
        disabled={clear.busy || !message}
        onClick={() => void clear.run((i) => breakoutIntents(i).message(null))}
      >
        {t('breakouts.clear')}
      </button>
      {message && (
        <p className="group-message-now" data-testid="group-message-now">
          <strong>{t('groupwork.message')}</strong> {message.text}
        </p>
      )}
      <CommandError refusal={clear.refusal} />
    </TextCommand>
  );
}
