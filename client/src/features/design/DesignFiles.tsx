/**
 * Reusing the workshop, on the console: duplicate it as a new workshop (the design without the
 * people and what they wrote), export its design file, import one as a new workshop, print the agenda.
 */
import { useState } from 'react';
import type { CreatedWorkshop } from '../../../../shared/schemas/rest.ts';
import { useT } from '../../i18n/t.ts';
import { facilitatorKey } from '../../net/identity.ts';
import { keepCreated } from '../../net/my-workshops.ts';
import { useRoom } from '../../stores/workshop.ts';
import { CreatedLinks } from '../../ui/CreatedLinks.tsx';
import { duplicateWorkshop, exportDesign } from './design-files.ts';
import { ImportDesign } from './ImportDesign.tsx';
import './builder.css';
import { ErrorLine } from '../../ui/ErrorLine.tsx';

export function DesignFiles({ code }: { code: string }) {
  const t = useT();
  const meta = useRoom()?.meta;
  const [created, setCreated] = useState<CreatedWorkshop | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const key = facilitatorKey(code);

  async function duplicate() {
    if (!key || !meta) return setFailure(t('report.noKey'));
    const r = await duplicateWorkshop(code, key);
    if (!r.ok) return setFailure(t('files.failed', { status: r.status }));
    keepCreated(r.created, meta.title, meta.date);
    setFailure(null);
    setCreated(r.created);
  }
  async function download() {
    if (!key) return setFailure(t('report.noKey'));
    const status = await exportDesign(code, key);
    setFailure(status === null ? null : t('files.failed', { status }));
  }

  return (
    <section className="design-files panel" aria-labelledby="design-files" data-testid="design-files">
      <h2 id="design-files">{t('files.title')}</h2>
      <div className="edit-actions">
        <button type="button" onClick={duplicate} data-testid="duplicate">
          {t('files.duplicate')}
        </button>
        <button type="button" className="secondary" onClick={download} data-testid="export">
          {t('files.export')}
        </button>
        <a
          className="button secondary"
          href={`/api/workshops/${encodeURIComponent(code)}/agenda.html`}
          target="_blank"
          rel="noopener"
          data-testid="print"
        >
          {t('files.print')}
        </a>
      </div>
      <ImportDesign onCreated={setCreated} />
      <ErrorLine text={failure} />
      {created && <CreatedLinks created={created} />}
    </section>
  );
}
