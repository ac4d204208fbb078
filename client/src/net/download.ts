/** Fetches a file with the facilitator key as a bearer token and hands it to the browser as a download. */
import { fetchWithKey } from './keyed-fetch.ts';

/** Resolves with null on success, or the HTTP status (0 when the network failed). */
export async function downloadWithKey(path: string, key: string, filename: string): Promise<number | null> {
  const res = await fetchWithKey(path, key, { cache: 'no-store' });
  if (res === 0) return 0;
  if (!res.ok) return res.status;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the object URL can go once the browser has it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
