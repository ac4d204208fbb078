/** How many people are here: in the room, taking part remotely, and following remotely. Counts only; names are for facilitators. */
import { useT } from '../i18n/t.ts';
import './people.css';
import { usePresence } from '../stores/presence.ts';

export function PresenceCounts({ className = '' }: { className?: string }) {
  const t = useT();
  const presence = usePresence((s) => s.presence);
  const room = presence?.room ?? 0;
  const followers = presence?.followers ?? 0;
  // `remote` counts followers too; they are said apart, so the room knows who can take part.
  const remote = Math.max(0, (presence?.remote ?? 0) - followers);
  return (
    <p className={`presence-counts ${className}`} data-testid="presence-counts">
      <span data-testid="presence-room" data-count={room}>
        {t('presence.room', { count: room })}
      </span>
      <span data-testid="presence-remote" data-count={remote}>
        {t('presence.remote', { count: remote })}
      </span>
      {followers > 0 && (
        <span data-testid="presence-following" data-count={followers}>
          {t('presence.following', { count: followers })}
        </span>
      )}
    </p>
  );
}
