/** Fetches the report with the facilitator key as a bearer token and hands it to the browser as a download. */

export const REPORT_FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Resolves with null on success, or the HTTP status (0 when the network failed). */
export async function downloadReport(code: string, key: string, format: ReportFormat): Promise<number | null> {
  let res: Response;
  try {
    res = await fetch(`/api/workshops/${encodeURIComponent(code)}/report?format=${format}`, {
      headers: { authorization: `Bearer ${key}` },
      cache: 'no-store',
    });
  } catch {
    return 0;
  }
  if (!res.ok) return res.status;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `plenary-${code}-report.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the object URL can go once the browser has it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
