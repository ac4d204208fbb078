/** The start page: create a workshop from a template and get its four links. */
import { useState, type FormEvent } from 'react';
import type { ErrorCode } from '../../../shared/errors.ts';
import type { CreatedWorkshop } from '../../../shared/schemas/rest.ts';
import { useT } from '../i18n/t.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';

export default function Home() {
  const t = useT();
  const [template, setTemplate] = useState<'ilo-coop-2018' | 'blank'>('ilo-coop-2018');
  const [title, setTitle] = useState('');
  const [created, setCreated] = useState<CreatedWorkshop | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const body =
      template === 'blank' ? { template, title: title || 'Workshop' } : { template, ...(title ? { title } : {}) };
    const res = await fetch('/api/workshops', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as CreatedWorkshop | { error: ErrorCode };
    if ('error' in json) setError(json.error);
    else setCreated(json);
  }

  return (
    <main className="screen home">
      <header className="screen-header">
        <h1>{t('home.title')}</h1>
        <LanguageSwitch />
      </header>
      <form onSubmit={submit} className="stack">
        <fieldset>
          <label>
            <input
              type="radio"
              name="template"
              checked={template === 'ilo-coop-2018'}
              onChange={() => setTemplate('ilo-coop-2018')}
            />{' '}
            {t('home.template.ilo')}
          </label>
          <label>
            <input type="radio" name="template" checked={template === 'blank'} onChange={() => setTemplate('blank')} />{' '}
            {t('home.template.blank')}
          </label>
        </fieldset>
        <label>
          {t('home.titleLabel')} <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit">{t('home.create')}</button>
      </form>
      {error && <p role="alert">{t(`error.${error}`)}</p>}
      {created && (
        <section aria-live="polite">
          <p>{t('home.created')}</p>
          <ul>
            {(['facilitate', 'join', 'screen', 'follow'] as const).map((k) => (
              <li key={k}>
                {t(`home.link.${k}`)}: <a href={created.links[k]}>{created.links[k]}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
