/** A participant's reactions: on the note in the spotlight, else on the live step; a few at a time. */
import { REACTIONS } from '../../../../shared/reactions.ts';
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { useRoom } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { reactionTarget } from './target.ts';

export function ReactionBar() {
  const t = useT();
  const joined = useConnection((s) => !!s.session?.participantId);
  const room = useRoom();
  const { run, refusal } = useCommand();
  const aim = room ? reactionTarget(room) : null;
  if (!joined || !aim) return null;
  const label = t(aim.target.kind === 'note' ? 'reactions.onNote' : 'reactions.onStep');
  return (
    <div className="signal-row" role="group" aria-label={label} data-testid="reactions" data-target={aim.key}>
      {REACTIONS.map((r) => (
        <button
          key={r}
          type="button"
          className="secondary"
          onClick={() => run((c) => c.react(aim.target, r))}
          data-reaction={r}
        >
          {t(`reaction.${r}`)}
        </button>
      ))}
      <CommandError refusal={refusal} />
    </div>
  );
}
