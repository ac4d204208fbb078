/** The participant's group: its name, how many are in it, its rapporteur, and "volunteer" while it has none. */
import type { BreakoutGroup } from '../../../../shared/breakouts.ts';
import { useT } from '../../i18n/t.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { breakoutIntents } from './intents.ts';
import { groupName } from '../breakout-screens/group-name.ts';
import { rapporteurLine } from '../breakout-screens/rapporteur.ts';

interface Props {
  group: BreakoutGroup;
  me: string | null;
  rapporteur: boolean;
}

export function GroupHeader({ group, me, rapporteur }: Props) {
  const t = useT();
  const { run, refusal, busy } = useCommand();
  const others = group.memberIds.length - 1;
  return (
    <header className="group-header">
      <h2 data-testid="my-group-name">{groupName(t, group)}</h2>
      <p>{t('breakouts.withOthers', { count: others })}</p>
      <p data-testid="my-group-rapporteur">{rapporteur ? t('breakouts.youReport') : rapporteurLine(t, group)}</p>
      {!group.rapporteurId && me && (
        <button type="button" disabled={busy} onClick={() => run((i) => breakoutIntents(i).rapporteur(group.id, me))}>
          {t('breakouts.volunteer')}
        </button>
      )}
      <CommandError refusal={refusal} />
    </header>
  );
}
