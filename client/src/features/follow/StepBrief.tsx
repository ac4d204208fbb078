/** What the room is asked now: the live activity's prompt, then its segment's discussion points. */
import { useContent } from '../../i18n/content.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';
import { currentStep } from '../agenda/current-step.ts';

export function StepBrief() {
  const t = useT();
  const tc = useContent();
  const room = useRoom();
  if (!room || room.finishedAt !== null) return null;
  const { segment, activity } = currentStep(room.agenda, room.live);
  if (!segment) return null;
  const prompt = activity?.prompt || segment.discussionPoints[0];
  const points = activity?.prompt ? segment.discussionPoints : segment.discussionPoints.slice(1);
  return (
    <>
      {prompt && (
        <p className="step-prompt" data-testid="step-prompt">
          {tc(prompt)}
        </p>
      )}
      {points.length > 0 && (
        <details className="step-points" data-testid="step-points">
          <summary>{t('follow.points')}</summary>
          <ul>
            {points.map((p) => (
              <li key={p}>{tc(p)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
