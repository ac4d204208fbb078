/**
 * Who is calling, as budgets count it. The peer's address, or, from a proxy the operator trusts
 * (TRUST_PROXY; by default none: on a venue laptop anyone could send the header), the address
 * it forwarded. Express reads `req.ip` and `req.protocol` by the same rule. IPv6 callers are
 * counted by their /64: one host is handed a whole /64 and could otherwise rotate through it.
 */
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import type { Request } from 'express';
import proxyAddr from 'proxy-addr';

/** One server's rule for forwarded headers. */
export interface Addressing {
  /** Whether the peer at `address` (`hop` proxies in) may speak for the client: express's `trust proxy`. */
  trust: (address: string, hop: number) => boolean;
  /** The budget key of the caller behind a raw request (a socket's handshake, an upgrade). */
  of(req: IncomingMessage): string;
}

/** The rule for TRUST_PROXY's list (addresses, CIDR ranges, `loopback`, …); empty trusts nobody. */
export function createAddressing(trusted: readonly string[]): Addressing {
  const trust = proxyAddr.compile([...trusted]);
  return {
    trust,
    of: (req) => (req.socket?.remoteAddress ? addressKey(proxyAddr(req, trust)) : 'unknown'),
  };
}

/** The budget key of an express request, whose `req.ip` already applies the app's rule. */
export function requestAddress(req: Request): string {
  return req.ip ? addressKey(req.ip) : 'unknown';
}

/** One key per IPv4 address (IPv4-mapped IPv6 included) and per IPv6 /64. */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
