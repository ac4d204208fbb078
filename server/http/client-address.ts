/**
 * Who is calling, as budgets count it. The peer's address, or, from a proxy we trust (the
 * same rule express applies to `req.ip`), the address it forwarded. IPv6 callers are counted
 * by their /64: one host is handed a whole /64 and could otherwise rotate through it.
 */
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import proxyAddr from 'proxy-addr';

/** Which peers may tell us the client's address (X-Forwarded-For); express is set the same way. */
export const TRUSTED_PROXIES = 'loopback';
const trust = proxyAddr.compile(TRUSTED_PROXIES);

/** The budget key of the caller behind `req`. */
export function clientAddress(req: IncomingMessage): string {
  if (!req.socket?.remoteAddress) return 'unknown';
  return addressKey(proxyAddr(req, trust));
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
