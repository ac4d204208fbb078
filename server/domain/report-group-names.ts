/**
 * Breakout groups by the names the room saw: the server names them "1", "R1" or by their table,
 * and the screens say "Group 1", "Remote group 1", "Table 4" (client breakout-screens/group-name.ts);
 * the report, in English, says the same.
 */
import type { Breakout, BreakoutGroup } from '../../shared/breakouts.ts';
import { ownEntry } from '../../shared/ids.ts';
import type { CommitmentId, GroupId, PublicState } from '../../shared/model.ts';

const NUMBER = /^\d+$/;
const REMOTE_NUMBER = /^R(\d+)$/;

export function groupTitle(g: Pick<BreakoutGroup, 'name' | 'remote' | 'table'>): string {
  if (g.table !== null) return NUMBER.test(g.name) ? `Table ${g.name}` : g.name;
  const remote = g.remote ? REMOTE_NUMBER.exec(g.name) : null;
  if (remote) return `Remote group ${remote[1]}`;
  return NUMBER.test(g.name) ? `Group ${g.name}` : g.name;
}

/** The title of group `groupId` of breakout `breakoutId`, or its bare name when the breakout is gone. */
export function groupTitleOf(pub: PublicState, breakoutId: string, groupId: string, name: string): string {
  const g = ownEntry(pub.breakouts, breakoutId)?.groups.find((x) => x.id === groupId);
  return g ? groupTitle(g) : name;
}

/** The title of group `fromGroup` of the breakout whose merge `brought` what is named (it keeps the bare name only). */
function mergedGroupTitle(
  pub: PublicState,
  brought: (merged: NonNullable<Breakout['merged']>) => boolean,
  fromGroup: string,
): string {
  const b = Object.values(pub.breakouts).find((x) => x.merged !== null && brought(x.merged));
  const g = b?.groups.find((x) => x.name === fromGroup);
  return g ? groupTitle(g) : fromGroup;
}

/** The title of the group that made merged cluster `clusterId`. */
export const clusterGroupTitle = (pub: PublicState, clusterId: GroupId, fromGroup: string): string =>
  mergedGroupTitle(pub, (m) => m.clusterIds.includes(clusterId), fromGroup);

/** The title of the group that proposed merged commitment `id`. */
export const commitmentGroupTitle = (pub: PublicState, id: CommitmentId, fromGroup: string): string =>
  mergedGroupTitle(pub, (m) => m.commitmentIds?.includes(id) ?? false, fromGroup);
