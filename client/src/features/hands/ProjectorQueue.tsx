/** The speakers' queue on the projector, in the steps the facilitator shows it: who speaks, then who is next. */
import { queueShown } from '../../../../shared/speakers-queue.ts';
import { useT } from '../../i18n/t.ts';
import { useRoom } from '../../stores/workshop.ts';
import { useServerNow } from '../../ui/use-now.ts';
import { QueueRow } from './QueueRow.tsx';
import { useSpeakersQueue } from './use-hands.ts';
import './queue.css';

/** As many waiting names as two lines of the strip hold at projector size; the rest are counted. */
const SHOWN = 6;

export function ProjectorQueue() {
  const t = useT();
  const room = useRoom();
  const { speaker, waiting } = useSpeakersQueue();
  const now = useServerNow(30_000);
  if (!room || !queueShown(room.display, room.live)) return null;
  return (
    <section className="projector-queue" data-testid="projector-queue" aria-label={t('hands.title')}>
      <h2>{t('hands.title')}</h2>
      {speaker && (
        <p className="queue-speaking">
          {t('hands.speaking')}: {speaker.name}
          {speaker.organisation && <span className="muted">, {speaker.organisation}</span>}
          {speaker.attendance === 'remote' && <span className="queue-remote">{t('hands.remote')}</span>}
        </p>
      )}
      {waiting.length === 0 && !speaker && <p className="muted">{t('hands.none')}</p>}
      <ol className="queue-list">
        {waiting.slice(0, SHOWN).map((h) => (
          <QueueRow key={h.participantId} hand={h} now={now} />
        ))}
      </ol>
      {waiting.length > SHOWN && <p className="muted">{t('hands.count', { count: waiting.length })}</p>}
    </section>
  );
}
