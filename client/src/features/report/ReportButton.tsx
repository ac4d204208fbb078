/** The facilitator's report downloads, one button per format, authorised by the key held on this device. */
import { useState } from 'react';
import { useT } from '../../i18n/t.ts';
import { facilitatorKey } from '../../net/identity.ts';
import { downloadReport, REPORT_FORMATS, type ReportFormat } from './download.ts';
import './report.css';
import { ErrorLine } from '../../ui/ErrorLine.tsx';

export function ReportButton({ code }: { code: string }) {
  const t = useT();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function download(format: ReportFormat) {
    const key = facilitatorKey(code);
    if (!key) return setFailure(t('report.noKey'));
    setBusy(format);
    const status = await downloadReport(code, key, format);
    setBusy(null);
    setFailure(status === null ? null : t('report.failed', { status }));
  }

  return (
    <section className="report-downloads" aria-labelledby="report-heading" data-testid="report-downloads">
      <h2 id="report-heading">{t('report.title')}</h2>
      <div className="report-buttons">
        {REPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            disabled={busy !== null}
            aria-busy={busy === format}
            onClick={() => download(format)}
            data-format={format}
          >
            {t(`report.${format}`)}
          </button>
        ))}
      </div>
      <ErrorLine text={failure} />
    </section>
  );
}
