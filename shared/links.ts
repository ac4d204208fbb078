/** The four routes of a workshop, and the address a phone in the room can open them on. */
import type { WorkshopLinks } from './schemas/rest.ts';

/** The routes; the facilitator key travels in the fragment, which browsers never send to a server. */
export function workshopLinks(baseUrl: string, code: string, facilitatorKey: string): WorkshopLinks {
  return {
    facilitate: `${baseUrl}/w/${code}/facilitate#key=${facilitatorKey}`,
    join: `${baseUrl}/w/${code}`,
    screen: `${baseUrl}/w/${code}/screen`,
    follow: `${baseUrl}/w/${code}/follow`,
  };
}

/** Whether `hostname` names this machine to itself only (localhost, 127.0.0.0/8, ::1): no phone can reach it. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export interface JoinBase {
  /** Origin to put in join links and the QR code, e.g. `http://192.168.1.20:3000`. */
  base: string;
  /** True when the machine has no address but loopback: phones cannot join, and the console says so. */
  loopbackOnly: boolean;
}

/**
 * The origin join links and the QR code carry: `PUBLIC_URL` when set; else the address the
 * request came in on, unless that is loopback (the console opened on `localhost`), in which
 * case the machine's first venue-network address on the same port.
 */
export function joinBase(opts: {
  publicUrl: string | null;
  requestBase: string;
  lanAddresses: readonly string[];
}): JoinBase {
  if (opts.publicUrl) return { base: opts.publicUrl, loopbackOnly: false };
  const url = new URL(opts.requestBase);
  if (!isLoopbackHost(url.hostname)) return { base: url.origin, loopbackOnly: false };
  const lan = opts.lanAddresses[0];
  if (!lan) return { base: url.origin, loopbackOnly: true };
  const host = lan.includes(':') ? `[${lan}]` : lan;
  return { base: `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`, loopbackOnly: false };
}
