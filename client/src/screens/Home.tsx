/**
 * The start page, the facilitator's home: the workshops this device created or opened as
 * facilitator (kept on the device), and a new one from the ILO meeting, a blank page, a library
 * method, an imported design file, or one of those past workshops.
 */
import { useState, type FormEvent } from 'react';
import type { ErrorCode } from '../../../shared/errors.ts';
import type { MethodId } from '../../../shared/methods/library.ts';
import type { CreatedWorkshop } from '../../../shared/schemas/rest.ts';
import { duplicateWorkshop } from '../features/design/design-files.ts';
import { ImportDesign } from '../features/design/ImportDesign.tsx';
import { useMethodLibrary } from '../features/design/MethodPicker.tsx';
import { MyWorkshops } from '../features/design/MyWorkshops.tsx';
import { useT } from '../i18n/t.ts';
import { facilitatorKey } from '../net/identity.ts';
import { keepCreated, myWorkshops } from '../net/my-workshops.ts';
import { useLocale } from '../stores/locale.ts';
import { CreatedLinks } from '../ui/CreatedLinks.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';

type Source = 'ilo-coop-2018' | 'blank' | 'method' | 'past';

const CREATION_REFUSALS = ['unauthorized', 'rate_limited', 'limit_reached'] as const;

/** What the start page says when creating is refused: why, where the shared sentence is too vague. */
function refusalText(t: ReturnType<typeof useT>, code: ErrorCode): string {
  const known = CREATION_REFUSALS.find((c) => c === code);
  return known ? t(`home.refused.${known}`) : t(`error.${code}`);
}

export default function Home() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const library = useMethodLibrary();
  const past = myWorkshops();
  const [source, setSource] = useState<Source>('ilo-coop-2018');
  const [methodId, setMethodId] = useState<MethodId>('silent-writing');
  const [pastCode, setPastCode] = useState(past[0]?.code ?? '');
  const [title, setTitle] = useState('');
  const [created, setCreated] = useState<CreatedWorkshop | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Asked for only once the server says it needs one (a hosted server with CREATE_KEY set).
  const [keyNeeded, setKeyNeeded] = useState(false);
  const [createKey, setCreateKey] = useState('');

  async function create(): Promise<{ created: CreatedWorkshop; title: string } | string> {
    if (source === 'past') {
      const from = past.find((w) => w.code === pastCode);
      const key = from && facilitatorKey(from.code);
      if (!from || !key) return t('report.noKey');
      const r = await duplicateWorkshop(from.code, key);
      return r.ok ? { created: r.created, title: from.title } : t('files.failed', { status: r.status });
    }
    const body =
      source === 'blank'
        ? { template: source, title: title || 'Workshop' }
        : source === 'method'
          ? {
              template: source,
              methodId,
              locale,
              timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
              ...(title ? { title } : {}),
            }
          : { template: source, ...(title ? { title } : {}) };
    const res = await fetch('/api/workshops', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(createKey ? { authorization: `Bearer ${createKey}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as CreatedWorkshop | { error: ErrorCode };
    if ('error' in json) {
      if (json.error === 'unauthorized') setKeyNeeded(true);
      return refusalText(t, json.error);
    }
    const named = title || (source === 'method' ? library?.find((m) => m.id === methodId)?.name : '') || '';
    return { created: json, title: named };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const r = await create();
    if (typeof r === 'string') return setError(r);
    keepCreated(r.created, r.title, '');
    setCreated(r.created);
  }

  const choice = (value: Source, label: string) => (
    <label>
      <input type="radio" name="template" checked={source === value} onChange={() => setSource(value)} /> {label}
    </label>
  );

  return (
    <main className="screen home">
      <header className="screen-header">
        <h1>{t('home.title')}</h1>
        <LanguageSwitch />
      </header>
      <MyWorkshops />
      <section aria-labelledby="home-new">
        <h2 id="home-new">{t('mine.new')}</h2>
        <form onSubmit={submit} className="stack">
          <fieldset>
            <legend>{t('mine.from')}</legend>
            {choice('ilo-coop-2018', t('home.template.ilo'))}
            {choice('blank', t('home.template.blank'))}
            {choice('method', t('mine.fromMethod'))}
            {source === 'method' && (
              <select
                aria-label={t('design.method')}
                value={methodId}
                onChange={(e) => setMethodId(e.target.value as MethodId)}
              >
                {(library ?? []).map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
            {past.length > 0 && choice('past', t('mine.fromPast'))}
            {source === 'past' && (
              <select aria-label={t('mine.fromPast')} value={pastCode} onChange={(e) => setPastCode(e.target.value)}>
                {past.map((w) => (
                  <option key={w.code} value={w.code}>
                    {w.title || w.code} {w.date}
                  </option>
                ))}
              </select>
            )}
          </fieldset>
          {source !== 'past' && (
            <label>
              {t('home.titleLabel')} <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
            </label>
          )}
          {keyNeeded && (
            <label>
              {t('home.createKey')}{' '}
              <input
                type="password"
                autoComplete="off"
                value={createKey}
                maxLength={200}
                onChange={(e) => setCreateKey(e.target.value)}
              />
            </label>
          )}
          <button type="submit">{t('home.create')}</button>
        </form>
        <ImportDesign onCreated={setCreated} />
      </section>
      {error && <p role="alert">{error}</p>}
      {created && <CreatedLinks created={created} />}
    </main>
  );
}
