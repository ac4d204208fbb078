/** Device-held secrets per workshop: the facilitator key and the participant token. */

const keyOf = (kind: 'fkey' | 'token', code: string) => `plenary:${kind}:${code}`;

function read(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

function write(name: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(name);
    else localStorage.setItem(name, value);
  } catch {
    // Private browsing without storage: the identity lasts for this page only.
  }
}

/**
 * Takes the facilitator key from the URL fragment (`#key=…`) once, keeps it on the device
 * and removes it from the address bar so a shared screen does not show it.
 */
export function facilitatorKey(code: string): string | null {
  const match = /(?:^#|&)key=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    write(keyOf('fkey', code), match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return read(keyOf('fkey', code));
}

export const participantToken = (code: string) => read(keyOf('token', code));
export const saveParticipantToken = (code: string, token: string | null) => write(keyOf('token', code), token);
/** Keeps the key of a workshop this device just created, as opening its console link would. */
export const saveFacilitatorKey = (code: string, key: string) => write(keyOf('fkey', code), key);
