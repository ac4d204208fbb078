/** The prompt of the live activity (or segment's first discussion point): what the room is asked now. */
import { useContent } from '../i18n/content.ts';
import { currentStep } from '../features/agenda/current-step.ts';
import { useRoom } from '../stores/workshop.ts';

export function StepPrompt() {
  const room = useRoom();
  const tc = useContent();
  if (!room) return null;
  const { segment, activity } = currentStep(room.agenda, room.live);
  const prompt = activity?.prompt || segment?.discussionPoints[0];
  return prompt ? (
    <p className="step-prompt" data-testid="step-prompt">
      {tc(prompt)}
    </p>
  ) : null;
}
