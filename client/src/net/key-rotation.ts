/** Replacing the facilitator key on the server with the current one (POST /api/workshops/CODE/key). */
import type { CreatedWorkshop } from '../../../shared/schemas/rest.ts';
import { fetchWithKey } from './keyed-fetch.ts';

/** Resolves with the new key and links, else the HTTP status (0 when the network failed). */
export async function rotateKeyWithKey(code: string, key: string): Promise<CreatedWorkshop | number> {
  const res = await fetchWithKey(`/api/workshops/${code}/key`, key, { method: 'POST' });
  if (res === 0) return 0;
  // A body cut off by the network is a network failure, as before the answer.
  return res.ok ? ((await res.json().catch(() => 0)) as CreatedWorkshop | 0) : res.status;
}
