/** The facilitator's list of who is connected, with whether each has posted in this step, and their controls. */
import { PersonActions } from '../features/people/PersonActions.tsx';
import { useT } from '../i18n/t.ts';
import { useConnection } from '../stores/connection.ts';
import { usePostersOfCurrentStep, usePresence } from '../stores/presence.ts';
import { PresenceCounts } from './PresenceCounts.tsx';

export function PeopleList() {
  const t = useT();
  const people = usePresence((s) => s.presence?.people ?? null);
  const posters = usePostersOfCurrentStep();
  // A co-facilitator does not get controls over themselves.
  const me = useConnection((s) => s.session?.participantId ?? null);
  const list = [...(people ?? [])].sort(
    (a, b) => a.organisation.localeCompare(b.organisation) || a.name.localeCompare(b.name),
  );
  const posted = list.filter((p) => posters.has(p.id)).length;
  return (
    <section aria-labelledby="people-heading" className="panel people">
      <h2 id="people-heading">{t('presence.title')}</h2>
      <PresenceCounts />
      {list.length === 0 ? (
        <p className="muted">{t('presence.none')}</p>
      ) : (
        <>
          <p data-testid="posted-count">{t('presence.postedCount', { count: posted, total: list.length })}</p>
          <ul className="people-list" data-testid="people-list">
            {list.map((p) => (
              <li key={p.id} data-person={p.name}>
                <span className="person-name">{p.name}</span> <span className="muted">{p.organisation}</span>{' '}
                <span className={`tag tag-${p.attendance}`}>
                  {t(p.attendance === 'room' ? 'join.room' : 'join.remote')}
                </span>{' '}
                <span className={posters.has(p.id) ? 'tag tag-posted' : 'tag'}>
                  {t(posters.has(p.id) ? 'presence.posted' : 'presence.notPosted')}
                </span>{' '}
                {p.cofacilitator && <span className="tag tag-cofacilitator">{t('people.cofacilitator')}</span>}
                {p.id !== me && <PersonActions person={p} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
