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

/** Whether the room is in the closing segment or after it (the last segment if none is a closing): when the day may be finished. */
export function inClosingOrLater(agenda: Agenda, live: LiveStep): boolean {
  const at = agenda.segments.findIndex((s) => s.id === live.segmentId);
  const closing = agenda.segments.findLastIndex((s) => s.kind === 'closing');
  return at !== -1 && at >= (closing === -1 ? agenda.segments.length - 1 : closing);
}
