/** What a backup or a restore tells the operator it copied: how many workshops, the size, and each by code and title. */
import type { StoreSummary } from './persistence/sqlite-inspect.ts';

/** `headline` ("2 workshops (1.2 MB)"), then one indented line per workshop. */
export function describeStore(headline: (countAndSize: string) => string, s: StoreSummary): string {
  const count = `${s.workshops.length} workshop${s.workshops.length === 1 ? '' : 's'}`;
  const size = s.bytes < 100_000 ? `${(s.bytes / 1000).toFixed(1)} kB` : `${(s.bytes / 1_000_000).toFixed(1)} MB`;
  const lines = s.workshops.map(
    (w) => `  ${w.code}  ${w.title} (created ${new Date(w.createdAt).toISOString().slice(0, 10)})`,
  );
  return `${[headline(`${count} (${size})`), ...lines].join('\n')}\n`;
}
