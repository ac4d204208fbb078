/** The rapporteur adds a cluster to one of the group's boards. */
import { useState, type FormEvent } from 'react';
import { BOARD_LIMITS } from '../../../../shared/limits.ts';
import type { BoardId } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';

export function ClusterForm({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const [title, setTitle] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    if (trimmed && (await run((i) => breakoutIntents(i).cluster(boardId, trimmed))).ok) setTitle('');
  };
  const fieldId = `cluster-${boardId}`;
  return (
    <form className="cluster-form" onSubmit={submit}>
      <label htmlFor={fieldId}>{t('breakouts.clusterName')}</label>
      <input
        id={fieldId}
        value={title}
        maxLength={BOARD_LIMITS.groupTitleMax}
        onChange={(e) => setTitle(e.target.value)}
        autoComplete="off"
      />
      <button type="submit" disabled={busy || !title.trim()}>
        {t('breakouts.addCluster')}
      </button>
      <CommandError refusal={refusal} />
    </form>
  );
}
