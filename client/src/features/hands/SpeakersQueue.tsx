/** The console's speakers' queue: who speaks, who waits and for how long; give the floor, skip, clear, show on the projector. */
import { queueShown } from '../../../../shared/speakers-queue.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { useServerNow } from '../../ui/use-now.ts';
import { QueueRow } from './QueueRow.tsx';
import { useSpeakersQueue } from './use-hands.ts';
import './queue.css';

export function SpeakersQueue() {
  const t = useT();
  const room = useRoom();
  const { speaker, waiting } = useSpeakersQueue();
  const now = useServerNow(15_000);
  const { run, refusal, busy } = useCommand();
  const shown = room ? queueShown(room.display, room.live) : false;
  const remote = waiting.filter((h) => h.attendance === 'remote').length;
  return (
    <Panel title="hands.title" className="speakers-queue">
      <div data-testid="speakers-queue" data-waiting={waiting.length}>
        {speaker && (
          <>
            <h3>{t('hands.speaking')}</h3>
            <ul className="queue-list">
              <QueueRow hand={speaker} now={now}>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => run((c) => c.hands.floor(null))}
                >
                  {t('hands.endTurn')}
                </button>
              </QueueRow>
            </ul>
          </>
        )}
        <h3>
          {t('hands.waiting')}
          {waiting.length > 0 && (
            <span className="muted"> · {t('hands.balance', { room: waiting.length - remote, remote })}</span>
          )}
        </h3>
        {waiting.length === 0 ? (
          <p className="muted">{t('hands.none')}</p>
        ) : (
          <ol className="queue-list">
            {waiting.map((h) => (
              <QueueRow key={h.participantId} hand={h} now={now}>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => run((c) => c.hands.floor(h.participantId))}
                  data-action="give-floor"
                >
                  {t('hands.give')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => run((c) => c.hands.skip(h.participantId))}
                  data-action="skip"
                >
                  {t('hands.skip')}
                </button>
              </QueueRow>
            ))}
          </ol>
        )}
        <label className="queue-on-screen">
          <input
            type="checkbox"
            checked={shown}
            disabled={busy || !room?.live.segmentId}
            onChange={(e) => run((c) => c.hands.display(e.target.checked))}
            data-testid="queue-on-screen"
          />
          {t('hands.onScreen')}
        </label>
        {(speaker || waiting.length > 0) && (
          <button type="button" className="secondary" disabled={busy} onClick={() => run((c) => c.hands.clear())}>
            {t('hands.clear')}
          </button>
        )}
        <CommandError refusal={refusal} />
      </div>
    </Panel>
  );
}
