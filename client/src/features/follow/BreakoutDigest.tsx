/**
 * Breakout groups on the follow page, compact: while they work, the facilitator's message and a
 * line per group (people, notes written, commitments proposed); at report-back, the group the room is hearing, its top
 * points and their +1s. Counts and the published points only, as on the projector.
 */
import type { Breakout } from '../../../../shared/breakouts.ts';
import { groupName } from '../breakout-screens/group-name.ts';
import { groupWork } from '../breakout-screens/group-work.ts';
import { PlusOnes } from '../breakout-screens/PlusOnes.tsx';
import { reportedGroup, type ReportedGroup } from '../breakout-screens/reported-group.ts';
import { rapporteurLine } from '../breakout-screens/rapporteur.ts';
import { useT } from '../../i18n/t.ts';
import { useWorkshop } from '../../stores/workshop.ts';
import './breakout-digest.css';

function Overview({ breakout }: { breakout: Breakout }) {
  const t = useT();
  const boards = useWorkshop((s) => s.state?.boards);
  const work = groupWork(breakout, boards);
  return (
    <ul className="breakout-lines">
      {breakout.groups.map((g) => (
        <li
          key={g.id}
          data-testid="breakout-line"
          data-group-id={g.id}
          data-notes={g.notes}
          data-commitments={g.commitments ?? 0}
        >
          <strong>{groupName(t, g)}</strong>
          {' · '}
          {t('groupwork.people', { count: g.memberIds.length })}
          {work.notes &&
            ` · ${
              g.notes === 0
                ? t('groupwork.noNotes')
                : `${t('groupwork.notes', { count: g.notes })} ${t('groupwork.writers', { count: g.writers })}`
            }`}
          {work.commitments && ` · ${t('follow.commitments', { count: g.commitments ?? 0 })}`}
        </li>
      ))}
    </ul>
  );
}

function Report({ reported: { group, points } }: { reported: ReportedGroup }) {
  const t = useT();
  return (
    <div data-testid="breakout-report" data-group-id={group.id}>
      <h3 className="breakout-report-name">{groupName(t, group)}</h3>
      <p className="muted">{rapporteurLine(t, group)}</p>
      {points.length === 0 && <p>{t('groupwork.noPoints')}</p>}
      <ol className="feed-list">
        {points.map((p) => (
          <li key={p.noteId} className="feed-note" data-testid="breakout-point">
            <p className="note-text">{p.text}</p>
            <PlusOnes count={p.plusOnes} className="muted feed-meta" />
          </li>
        ))}
      </ol>
    </div>
  );
}

export function BreakoutDigest({ breakout }: { breakout: Breakout }) {
  const t = useT();
  const reported = breakout.status === 'reporting' ? reportedGroup(breakout) : null;
  return (
    <section className="card breakout-digest" aria-labelledby="breakout-heading" data-testid="breakout-digest">
      <h2 id="breakout-heading">
        {reported
          ? t('groupwork.reportBack', { index: reported.index + 1, count: breakout.groups.length })
          : t('groupwork.working', { count: breakout.groups.length })}
      </h2>
      {/* The message is for the groups at work; report-back has the room's attention. */}
      {breakout.status === 'running' && breakout.message && (
        <p className="breakout-message" data-testid="breakout-message">
          <span className="visually-hidden">{t('groupwork.message')}: </span>
          {breakout.message.text}
        </p>
      )}
      {reported ? <Report reported={reported} /> : <Overview breakout={breakout} />}
    </section>
  );
}
