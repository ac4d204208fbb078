/** One hand in the queue: the name, organisation, a remote mark and how long they have waited. */
import type { Hand } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { waitedMinutes } from './use-hands.ts';

export function QueueRow({ hand, now, children }: { hand: Hand; now: number; children?: React.ReactNode }) {
  const t = useT();
  const min = waitedMinutes(hand.floorAt ?? hand.raisedAt, now);
  return (
    <li className="queue-row" data-hand={hand.participantId} data-attendance={hand.attendance}>
      <span className="queue-name">
        {hand.name}
        {hand.organisation && <span className="muted">, {hand.organisation}</span>}
        {hand.attendance === 'remote' && <span className="queue-remote">{t('hands.remote')}</span>}
      </span>
      <span className="queue-wait muted">{min > 0 ? t('hands.waited', { min }) : t('hands.justNow')}</span>
      {children}
    </li>
  );
}
