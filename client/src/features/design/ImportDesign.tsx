/** A file picker for a design file: a new workshop from it, or its refusal with every issue's line and field. */
import { useState, type ChangeEvent } from 'react';
import type { DesignIssue } from '../../../../shared/design-import.ts';
import type { CreatedWorkshop } from '../../../../shared/schemas/rest.ts';
import { type Translate, useT } from '../../i18n/t.ts';
import { keepCreated } from '../../net/my-workshops.ts';
import { importDesign } from './design-files.ts';
import { ErrorLine } from '../../ui/ErrorLine.tsx';

/** Design files are at most 256 KB (the server refuses more): larger is refused before the upload. */
const MAX_BYTES = 256 * 1024;

export function ImportDesign({ onCreated }: { onCreated: (created: CreatedWorkshop) => void }) {
  const t = useT();
  const [issues, setIssues] = useState<DesignIssue[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function picked(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setIssues(null);
    setFailure(null);
    if (file.size > MAX_BYTES) return setFailure(t('files.tooLarge'));
    const text = await file.text();
    const r = await importDesign(text);
    if (r.ok) {
      const design = readTitle(text);
      keepCreated(r.created, design.title, design.date);
      onCreated(r.created);
    } else if (r.issues.length > 0) setIssues(r.issues);
    else setFailure(t('files.failed', { status: r.status }));
  }

  return (
    <div className="import-design">
      <label>
        {t('files.import')}{' '}
        <input type="file" accept=".json,application/json" onChange={picked} data-testid="import-file" />
      </label>
      <ErrorLine text={failure} />
      {issues && (
        <div role="alert" className="import-issues" data-testid="import-issues">
          <p>{t('files.invalid')}</p>
          <ul>
            {issues.map((i) => (
              <li key={`${i.line}-${i.field}-${i.reason}`} data-reason={i.code}>
                {i.line === null
                  ? t('files.issueFile', { reason: reasonOf(t, i) })
                  : t('files.issue', { line: i.line, field: i.field || '—', reason: reasonOf(t, i) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The issue's reason in the viewer's language. */
function reasonOf(t: Translate, i: DesignIssue): string {
  return t(`files.reason.${i.code}`, i.params);
}

/** The title and date of an accepted design, for this device's list. */
function readTitle(text: string): { title: string; date: string } {
  const d = JSON.parse(text) as { title?: unknown; date?: unknown };
  return { title: String(d.title ?? ''), date: String(d.date ?? '') };
}
