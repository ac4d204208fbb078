/** The group report-back is on, and the points it brings: what the projector and the follow page show of it. */
import type { Breakout, BreakoutGroup, BreakoutPoint } from '../../../../shared/breakouts.ts';

export interface ReportedGroup {
  /** Its place among the groups, from 0. */
  index: number;
  group: BreakoutGroup;
  points: BreakoutPoint[];
}

/** The group at `reportIndex` (the last one, should a group have gone since), or null when there are none. */
export function reportedGroup(b: Breakout): ReportedGroup | null {
  const index = Math.min(b.reportIndex, b.groups.length - 1);
  const group = b.groups[index];
  return group ? { index, group, points: b.points.filter((p) => p.groupId === group.id) } : null;
}
