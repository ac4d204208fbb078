/** Where a merged note, cluster or commitment came from, in words: the group that wrote it, or the groups a combined note joins. */
import type { Breakout, BreakoutGroup, NoteProvenance } from '../../../../shared/breakouts.ts';
import type { Translate } from '../../i18n/t.ts';
import { groupName } from './group-name.ts';

type Named = Pick<BreakoutGroup, 'name' | 'remote' | 'table'>;

/** The group as the breakout knew it (remote, its table); a breakout no longer there leaves its bare name. */
function groupOfSource(breakouts: Record<string, Breakout>, breakoutId: string, groupId: string, name: string): Named {
  const b = Object.hasOwn(breakouts, breakoutId) ? breakouts[breakoutId] : undefined;
  return b?.groups.find((g) => g.id === groupId) ?? { name, remote: false, table: null };
}

/** "From: Group 2", or "Combined from 3 notes: Group 1, Remote group 1" (each group once). */
export function provenanceLine(t: Translate, p: NoteProvenance, breakouts: Record<string, Breakout>): string {
  const names = [
    ...new Set(p.sources.map((s) => groupName(t, groupOfSource(breakouts, p.breakoutId, s.groupId, s.groupName)))),
  ].join(', ');
  return p.sources.length > 1
    ? t('groupwork.combined', { count: p.sources.length, groups: names })
    : t('groupwork.from', { groups: names });
}

/** The group a merged cluster or commitment came from (they keep only its name): the merged breakout's group of that name. */
export function mergedGroupName(t: Translate, fromGroup: string, breakouts: Record<string, Breakout>): string {
  for (const b of Object.values(breakouts)) {
    const g = b.status === 'merged' ? b.groups.find((x) => x.name === fromGroup) : undefined;
    if (g) return groupName(t, g);
  }
  return fromGroup;
}
