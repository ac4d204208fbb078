/** Finds the live segment and activity in the agenda. */
import type { Activity, Agenda, LiveStep, Segment } from '../../../../shared/model.ts';

export interface CurrentStep {
  segment: Segment | null;
  activity: Activity | null;
}

export function currentStep(agenda: Agenda, live: LiveStep): CurrentStep {
  const segment = agenda.segments.find((s) => s.id === live.segmentId) ?? null;
  const activity = segment?.activities.find((a) => a.id === live.activityId) ?? null;
  return { segment, activity };
}
