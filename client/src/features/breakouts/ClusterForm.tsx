/** The rapporteur adds a cluster to one of the group's boards. */
import { BOARD_LIMITS } from '../../../../shared/limits.ts';
import type { BoardId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { breakoutIntents } from './intents.ts';
import { TextCommand } from './TextCommand.tsx';

export function ClusterForm({ boardId }: { boardId: BoardId }) {
  const t = useT();
  return (
    <TextCommand
      id={`cluster-${boardId}`}
      className="cluster-form"
      label={t('breakouts.clusterName')}
      button={t('breakouts.addCluster')}
      maxLength={BOARD_LIMITS.groupTitleMax}
      send={(title) => (i) => breakoutIntents(i).cluster(boardId, title)}
    />
  );
}
