/** A REST call made with the facilitator key as a bearer token: the one way the console calls the key's routes. */

/** Resolves with the response (any status), or 0 when the network failed. */
export async function fetchWithKey(
  path: string,
  key: string,
  init: Omit<RequestInit, 'headers'> = {},
): Promise<Response | 0> {
  try {
    return await fetch(path, { ...init, headers: { authorization: `Bearer ${key}` } });
  } catch {
    return 0;
  }
}
