/** The segment (and activity) the room is in now, or a note that the day has not begun or has ended. */
import { useContent } from '../../i18n/content.ts';
import { dayFinished } from '../../../../shared/schedule.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';
import { currentStep } from './current-step.ts';

export function CurrentSegment() {
  const t = useT();
  const tc = useContent();
  const room = useRoom();
  if (!room) return null;
  if (dayFinished(room))
    return (
      <p className="current-segment muted" data-testid="current-segment">
        {t('agenda.finished')}
      </p>
    );
  const { segment, activity } = currentStep(room.agenda, room.live);
  if (!segment)
    return (
      <p className="current-segment muted" data-testid="current-segment">
        {t('agenda.notStarted')}
      </p>
    );
  return (
    <div className="current-segment" data-testid="current-segment">
      <p className="current-segment-title">{tc(segment.title)}</p>
      {activity && <p className="current-activity">{tc(activity.title)}</p>}
    </div>
  );
}
