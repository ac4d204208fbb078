/** The report downloads: one file per format, authorised by the facilitator key. */
import { downloadWithKey } from '../../net/download.ts';

export const REPORT_FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Resolves with null on success, or the HTTP status (0 when the network failed). */
export function downloadReport(code: string, key: string, format: ReportFormat): Promise<number | null> {
  return downloadWithKey(
    `/api/workshops/${encodeURIComponent(code)}/report?format=${format}`,
    key,
    `plenary-${code}-report.${format}`,
  );
}
