/** What a breakout group is called on screen: the server names groups "1", "R1" or by their table. */
import type { BreakoutGroup } from '../../../../shared/breakouts.ts';
import type { Translate } from '../../i18n/t.ts';

const NUMBER = /^\d+$/;
const REMOTE_NUMBER = /^R(\d+)$/;

/** "Group 1", "Remote group 1", "Table 4", or the table's own name ("Acacia"). */
export function groupName(t: Translate, g: Pick<BreakoutGroup, 'name' | 'remote' | 'table'>): string {
  if (g.table !== null) return NUMBER.test(g.name) ? t('groupwork.table', { name: g.name }) : g.name;
  const remote = g.remote ? REMOTE_NUMBER.exec(g.name) : null;
  if (remote) return t('groupwork.remoteGroup', { name: remote[1]! });
  return NUMBER.test(g.name) ? t('groupwork.group', { name: g.name }) : g.name;
}
