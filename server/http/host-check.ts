/**
 * The names this server answers to. A browser sends the name it looked up as the Host header;
 * a page on `evil.example` whose DNS was re-pointed at the venue laptop (DNS rebinding) sends
 * `evil.example`, so any request, HTTP or WebSocket, naming a host that is not ours is refused.
 * Ours: `PUBLIC_URL`'s host, `ALLOWED_HOSTS`, `localhost`, this machine's hostname, and every
 * address of its network interfaces (read again every few seconds: a laptop's Wi-Fi address changes).
 */
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import type { RequestHandler } from 'express';

export interface HostCheckOptions {
  publicUrl: string | null;
  /** More names the operator says are ours (ALLOWED_HOSTS), e.g. the venue router's name for the laptop. */
  extraNames?: readonly string[];
  /** The machine's interface addresses; os.networkInterfaces() unless a test says otherwise. */
  addresses?: () => string[];
  now?: () => number;
}

export interface HostCheck {
  /** Whether a Host header names this server; a request without one (HTTP/1.0) cannot be rebound. */
  isOwn(host: string | undefined): boolean;
  /** Whether the request's Host header names this server. */
  admits(req: IncomingMessage): boolean;
  /** Express middleware answering 421 to a foreign Host. */
  middleware: RequestHandler;
}

const ADDRESSES_TTL_MS = 5000;

/** Builds the check for one server. */
export function createHostCheck(options: HostCheckOptions): HostCheck {
  const addresses = options.addresses ?? interfaceAddresses;
  const now = options.now ?? Date.now;
  const fixed = new Set(['localhost', os.hostname().toLowerCase(), `${os.hostname().toLowerCase()}.local`]);
  if (options.publicUrl) fixed.add(new URL(options.publicUrl).hostname.toLowerCase());
  for (const name of options.extraNames ?? []) {
    const h = hostnameOf(name);
    if (h) fixed.add(h);
  }
  let known = new Set<string>();
  let readAt = Number.NEGATIVE_INFINITY;
  const ownAddresses = () => {
    if (now() - readAt > ADDRESSES_TTL_MS) {
      known = new Set(addresses().map((a) => a.toLowerCase()));
      readAt = now();
    }
    return known;
  };
  const isOwn = (host: string | undefined) => {
    if (host === undefined) return true;
    const name = hostnameOf(host);
    return name !== null && (fixed.has(name) || ownAddresses().has(name));
  };
  return {
    isOwn,
    admits: (req) => isOwn(req.headers.host),
    middleware: (req, res, next) => {
      if (isOwn(req.headers.host)) return next();
      res.status(421).set('Connection', 'close').json({ error: 'forbidden' });
    },
  };
}

/** The host name of a Host header (`[::1]:3000` → `::1`), lower case, or null when it is not one. */
export function hostnameOf(host: string): string | null {
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) return null;
  try {
    const name = new URL(`http://${host}`).hostname.toLowerCase();
    return name.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  } catch {
    return null;
  }
}

function interfaceAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .flatMap((i) => (i ? [i.address.replace(/%.*$/, '')] : []));
}
