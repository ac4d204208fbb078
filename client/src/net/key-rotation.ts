/** Replacing the facilitator key on the server with the current one (POST /api/workshops/CODE/key). */
import type { CreatedWorkshop } from '../../../shared/schemas/rest.ts';

/** Resolves with the new key and links, else the HTTP status (0 when the network failed). */
export async function rotateKeyWithKey(code: string, key: string): Promise<CreatedWorkshop | number> {
  try {
    const res = await fetch(`/api/workshops/${code}/key`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
    });
    return res.ok ? ((await res.json()) as CreatedWorkshop) : res.status;
  } catch {
    return 0;
  }
}
