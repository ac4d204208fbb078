/** Deleting a workshop on the server with its facilitator key (DELETE /api/workshops/CODE). */
import { fetchWithKey } from './keyed-fetch.ts';

/** Resolves with null when deleted (or already gone), else the HTTP status (0 when the network failed). */
export async function deleteWorkshopWithKey(code: string, key: string): Promise<number | null> {
  const res = await fetchWithKey(`/api/workshops/${code}`, key, { method: 'DELETE' });
  if (res === 0) return 0;
  return res.ok || res.status === 404 ? null : res.status;
}
