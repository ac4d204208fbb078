/** The facilitator's message to all groups ("5 minutes left"), announced on every participant's screen. */
import type { BreakoutMessage } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';

export function MessageBanner({ message }: { message: BreakoutMessage | null }) {
  const t = useT();
  return (
    <div role="status" className="group-message" data-testid="group-message">
      {message && (
        <>
          <strong>{t('groupwork.message')}</strong> {message.text}
        </>
      )}
    </div>
  );
}
