/** The machine's addresses on the venue network: what phones in the room can reach. */
import os from 'node:os';

/** Every non-internal IPv4 address of this machine, in the order the system lists them. */
export function venueAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .flatMap((i) => (i && i.family === 'IPv4' && !i.internal ? [i.address] : []));
}
