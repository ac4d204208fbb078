/** How many people are here: in the room and remote. Counts only; names are for facilitators. */
import { useT } from '../i18n/t.ts';
import './people.css';
import { usePresence } from '../stores/presence.ts';

export function PresenceCounts({ className = '' }: { className?: string }) {
  const t = useT();
  const presence = usePresence((s) => s.presence);
  return (
    <p className={`presence-counts ${className}`} data-testid="presence-counts">
      <span data-testid="presence-room" data-count={presence?.room ?? 0}>
        {t('presence.room', { count: presence?.room ?? 0 })}
      </span>
      <span data-testid="presence-remote" data-count={presence?.remote ?? 0}>
        {t('presence.remote', { count: presence?.remote ?? 0 })}
      </span>
    </p>
  );
}
