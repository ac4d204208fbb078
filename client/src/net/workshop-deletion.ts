/** Deleting a workshop on the server with its facilitator key (DELETE /api/workshops/CODE). */

/** Resolves with null when deleted (or already gone), else the HTTP status (0 when the network failed). */
export async function deleteWorkshopWithKey(code: string, key: string): Promise<number | null> {
  try {
    const res = await fetch(`/api/workshops/${code}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${key}` },
    });
    return res.ok || res.status === 404 ? null : res.status;
  } catch {
    return 0;
  }
}
