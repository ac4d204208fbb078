/**
 * The facilitator's list of everyone who joined, compact enough for sixty: counts first, a
 * search box, then one line per person with where they take part, whether they posted in this
 * step, and whether they are connected (or since when they are not). Controls sit behind each
 * person's menu, every one of them confirmed.
 */
import { useDeferredValue, useState } from 'react';
import type { PresencePerson } from '../../../shared/protocol/session.ts';
import { PersonActions } from '../features/people/PersonActions.tsx';
import { useT } from '../i18n/t.ts';
import { useConnection } from '../stores/connection.ts';
import { useLocale } from '../stores/locale.ts';
import { usePostersOfCurrentStep, usePresence } from '../stores/presence.ts';
import { useRoom } from '../stores/workshop.ts';
import { PresenceCounts } from './PresenceCounts.tsx';
import { formatTime } from './time-format.ts';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** Offline people first (they may need help), then by organisation and name. */
function byAttention(a: PresencePerson, b: PresencePerson): number {
  return (
    Number(a.online) - Number(b.online) || a.organisation.localeCompare(b.organisation) || a.name.localeCompare(b.name)
  );
}

export function PeopleList() {
  const t = useT();
  const people = usePresence((s) => s.presence?.people ?? null);
  const posters = usePostersOfCurrentStep();
  // A co-facilitator does not get controls over themselves.
  const me = useConnection((s) => s.session?.participantId ?? null);
  const [query, setQuery] = useState('');
  const search = fold(useDeferredValue(query).trim());
  const all = [...(people ?? [])].sort(byAttention);
  const list = search ? all.filter((p) => fold(`${p.name} ${p.organisation}`).includes(search)) : all;
  const online = all.filter((p) => p.online).length;
  const posted = all.filter((p) => posters.has(p.id)).length;
  return (
    <section aria-labelledby="people-heading" className="panel people">
      <h2 id="people-heading">{t('presence.title')}</h2>
      <PresenceCounts />
      {all.length === 0 ? (
        <p className="muted">{t('presence.none')}</p>
      ) : (
        <>
          <p className="people-summary" data-testid="posted-count">
            {t('presence.onlineCount', { online, offline: all.length - online })} ·{' '}
            {t('presence.postedCount', { count: posted, total: all.length })}
          </p>
          <label className="people-search">
            <span className="visually-hidden">{t('presence.search')}</span>
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              // The whole sentence is its label; the hint is short enough to show whole in the side column.
              placeholder={t('presence.searchHint')}
              data-testid="people-search"
            />
          </label>
          {list.length < all.length && (
            <p className="muted" role="status">
              {t('presence.matching', { count: list.length, total: all.length })}
            </p>
          )}
          <ul className="people-list" data-testid="people-list">
            {list.map((p) => (
              <Person key={p.id} person={p} posted={posters.has(p.id)} controls={p.id !== me} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Person({ person: p, posted, controls }: { person: PresencePerson; posted: boolean; controls: boolean }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const zone = useRoom()?.meta.timezone;
  const state = p.online
    ? t('presence.online')
    : p.offlineSince !== null
      ? t('presence.offlineSince', { time: formatTime(p.offlineSince, locale, zone) })
      : t('presence.offline');
  return (
    <li className={p.online ? 'person' : 'person person-offline'} data-person={p.name} data-online={p.online}>
      <span className="person-line">
        <span className="person-name">{p.name}</span> <span className="muted">{p.organisation}</span>
      </span>
      <span className="person-tags">
        <span className={`tag tag-${p.attendance}`}>{t(p.attendance === 'room' ? 'join.room' : 'join.remote')}</span>
        <span className={posted ? 'tag tag-posted' : 'tag'}>
          {t(posted ? 'presence.posted' : 'presence.notPosted')}
        </span>
        <span className={p.online ? 'tag tag-online' : 'tag tag-offline'} data-testid="person-connection">
          {state}
        </span>
        {p.cofacilitator && <span className="tag tag-cofacilitator">{t('people.cofacilitator')}</span>}
        {controls && <PersonActions person={p} />}
      </span>
    </li>
  );
}
