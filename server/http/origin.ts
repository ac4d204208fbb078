/** Which browser origins may open a socket: the configured list, or else the request's own host. */
import type { IncomingMessage } from 'node:http';

/** Builds the origin check both sockets use. Non-browser clients send no Origin and are let through. */
export function originChecker(allowed: string[]): (req: IncomingMessage) => boolean {
  return (req) => {
    const origin = req.headers.origin;
    if (!origin) return true;
    if (allowed.length > 0) return allowed.includes(origin);
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  };
}
