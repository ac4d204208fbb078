/** The join and follow links as the server says a phone in the room can open them (GET /api/workshops/:code/join). */

export interface JoinLinks {
  join: string;
  follow: string;
  /** The machine has no address but loopback: no phone can open these. */
  loopbackOnly: boolean;
}

/** Asks the server; null when it cannot be reached (the screen then shows its own address). */
export async function fetchJoinLinks(baseUrl: string, code: string): Promise<JoinLinks | null> {
  try {
    const res = await fetch(`${baseUrl}/api/workshops/${code}/join`, { cache: 'no-store' });
    return res.ok ? ((await res.json()) as JoinLinks) : null;
  } catch {
    return null;
  }
}
