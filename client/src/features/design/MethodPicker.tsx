/**
 * The method library in the builder: choose a method (its summary, steps and boards shown in
 * the viewer's language) and drop it into a block or in as a block of its own at the end.
 */
import { useEffect, useState } from 'react';
import type { MethodEntry } from '../../../../shared/methods/compose.ts';
import type { MethodId } from '../../../../shared/methods/library.ts';
import type { Segment } from '../../../../shared/model.ts';
import { useT } from '../../i18n/t.ts';
import { useLocale } from '../../stores/locale.ts';
import { CommandError } from '../../ui/CommandError.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { durationText } from './conflicts.ts';

/** The library in `locale`, fetched once per language; null while it comes. */
export function useMethodLibrary(): MethodEntry[] | null {
  const locale = useLocale((s) => s.locale);
  const [library, setLibrary] = useState<{ locale: string; methods: MethodEntry[] } | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/methods?locale=${locale}`)
      .then((res) => (res.ok ? (res.json() as Promise<MethodEntry[]>) : []))
      .then((methods) => live && setLibrary({ locale, methods }))
      .catch(() => live && setLibrary({ locale, methods: [] }));
    return () => {
      live = false;
    };
  }, [locale]);
  return library?.locale === locale ? library.methods : null;
}

const AS_BLOCK = '';

export function MethodPicker({ segments }: { segments: readonly Segment[] }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const library = useMethodLibrary();
  const [methodId, setMethodId] = useState<MethodId>('silent-writing');
  const [target, setTarget] = useState(AS_BLOCK);
  const { run, refusal, busy } = useCommand();
  const method = library?.find((m) => m.id === methodId);
  const into = segments.find((s) => s.id === target);
  const add = () =>
    void run((c) =>
      c.design.method({
        methodId,
        locale,
        segmentId: into ? into.id : null,
        index: into ? into.activities.length : segments.length,
      }),
    );

  return (
    <section className="builder-methods" aria-labelledby="builder-methods">
      <h3 id="builder-methods">{t('design.library')}</h3>
      <div className="edit-actions">
        <label>
          {t('design.method')}{' '}
          <select
            name="method"
            value={methodId}
            onChange={(e) => setMethodId(e.target.value as MethodId)}
            data-testid="method-select"
          >
            {(library ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} · {durationText(t, m.minutes)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('design.methodWhere')}{' '}
          <select name="target" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="method-target">
            <option value={AS_BLOCK}>{t('design.asBlock')}</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {t('design.intoBlock', { title: s.title })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={add} disabled={!method || busy} data-testid="method-add">
          {t('design.addMethod')}
        </button>
      </div>
      {method && (
        <div className="builder-method">
          <p>{method.summary}</p>
          <ol>
            {method.steps.map((s) => (
              <li key={s.title}>
                {s.title} · {durationText(t, s.minutes)}
              </li>
            ))}
          </ol>
        </div>
      )}
      <CommandError refusal={refusal} />
    </section>
  );
}
