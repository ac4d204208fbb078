/** The prompt of the live activity (or segment's first discussion point): what the room is asked now. */
import { currentStep } from '../features/agenda/current-step.ts';
import { useRoom } from '../stores/workshop.ts';

export function StepPrompt() {
  const room = useRoom();
  if (!room) return null;
  const { segment, activity } = currentStep(room.agenda, room.live);
  const prompt = activity?.prompt || segment?.discussionPoints[0];
  return prompt ? (
    <p className="step-prompt" data-testid="step-prompt">
      {prompt}
    </p>
  ) : null;
}
