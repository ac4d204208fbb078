/** A participant's own hand: raise or lower it, and where it stands in the queue. */
import { useT } from '../../i18n/t.ts';
import { useConnection } from '../../stores/connection.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import type { Hand } from '../../../../shared/model.ts';
import { useWorkshop } from '../../stores/workshop.ts';

const FLOOR = -1;

/**
 * Where `me` stands: FLOOR when speaking, 0 with no hand up, else the place in the queue, in
 * shared/speakers-queue.ts's order. Counted here rather than through that module, which the
 * console and projector share, so the phone's route loads one chunk fewer (its budget is tight).
 */
function placeOf(hands: Record<string, Hand>, me: string): number {
  const mine = hands[me];
  if (!mine) return 0;
  if (mine.floorAt !== null) return FLOOR;
  const ahead = (h: Hand) =>
    h.floorAt === null &&
    (h.queuedAt < mine.queuedAt || (h.queuedAt === mine.queuedAt && h.participantId.localeCompare(me) < 0));
  return 1 + Object.values(hands).filter(ahead).length;
}

export function HandButton() {
  const t = useT();
  const me = useConnection((s) => s.session?.participantId ?? null);
  const place = useWorkshop((s) => (me ? placeOf(s.state?.hands ?? {}, me) : 0));
  const { run, refusal, busy } = useCommand();
  if (!me) return null;
  const speaking = place === FLOOR;
  const up = place !== 0;
  return (
    <div className="signal-row" data-testid="hand" data-raised={up} data-place={place}>
      <button
        type="button"
        className={up ? 'secondary' : ''}
        aria-pressed={up}
        disabled={busy}
        onClick={() => run((c) => c.hands.raise(!up))}
        data-action="hand"
      >
        {t(up ? 'hands.lower' : 'hands.raise')}
      </button>
      <p className="signal-status" aria-live="polite">
        {speaking ? t('hands.yourTurn') : up ? t('hands.raised', { place }) : ''}
      </p>
      <CommandError refusal={refusal} />
    </div>
  );
}
