/**
 * A TCP proxy that behaves like a remote attendee's phone link: one pipe of `kbps` each way,
 * shared by all of the page's connections (round-robin, as TCP flows share a bottleneck), a
 * one-way delay of half the round trip on every byte, and one full round trip before a new
 * connection carries anything (its handshake). Chromium's own throttling does not slow WebSockets,
 * so the browser tests talk to the server through this instead. It counts every byte it carries.
 */
import net from 'node:net';

export interface ThrottleOptions {
  /** Bandwidth of each direction, kilobits per second (shared by every connection). */
  kbps: number;
  /** Round-trip time, ms. */
  rttMs: number;
}

export interface ThrottleProxy {
  url: string;
  /** Bytes carried from the server to the browser, and from the browser to the server, since start or `reset()`. */
  bytes(): { down: number; up: number };
  /** Bytes that had reached the browser by `epochMs` (a `Date.now()` time), since `reset()`. */
  downBy(epochMs: number): number;
  /** Connections opened since start or `reset()`. */
  connections(): number;
  reset(): void;
  /** Drops every open connection, so the next page load pays for its handshakes as a new visit would. */
  dropConnections(): void;
  close(): Promise<void>;
}

/** Segment size the pipe interleaves connections by: about one TCP segment. */
const SEGMENT = 1460;

/** One direction of the link: paces bytes at the link's rate, round-robin between connections. */
function createPipe(bytesPerMs: number, delayMs: number, count: (n: number, arrival: number) => void) {
  const queues = new Map<net.Socket, Buffer[]>();
  // Segments on their way to each connection, oldest first. Node may fire two timers of close
  // deadlines out of order, so each timer delivers the oldest segment in flight, never its own:
  // a reordered byte stream breaks the page's decoding and its WebSocket.
  const inFlight = new Map<net.Socket, Buffer[]>();
  // When each connection's last queued byte reaches the far side, and what to do then.
  const lastArrival = new Map<net.Socket, number>();
  const onDrained = new Map<net.Socket, () => void>();
  let busyUntil = 0;
  let timer: NodeJS.Timeout | null = null;
  const finish = (to: net.Socket) => {
    const done = onDrained.get(to);
    if (!done) return;
    onDrained.delete(to);
    setTimeout(done, Math.max(0, (lastArrival.get(to) ?? 0) - performance.now()) + 1);
  };
  const pump = () => {
    timer = null;
    const now = performance.now();
    // Send every segment whose turn has come, one connection after another.
    while (busyUntil <= now + 1 && queues.size > 0) {
      for (const [to, queue] of queues) {
        const segment = queue[0]!.subarray(0, SEGMENT);
        queue[0] = queue[0]!.subarray(segment.length);
        if (queue[0].length === 0) queue.shift();
        busyUntil = Math.max(busyUntil, now) + segment.length / bytesPerMs;
        const arrival = busyUntil + delayMs;
        lastArrival.set(to, arrival);
        count(segment.length, performance.timeOrigin + arrival);
        const flight = inFlight.get(to) ?? [];
        flight.push(Buffer.from(segment));
        inFlight.set(to, flight);
        setTimeout(() => {
          const oldest = flight.shift();
          if (oldest && !to.destroyed) to.write(oldest);
        }, arrival - now);
        if (queue.length === 0) {
          queues.delete(to);
          finish(to);
        }
      }
    }
    if (queues.size > 0) timer = setTimeout(pump, Math.max(1, busyUntil - now));
  };
  return {
    push(to: net.Socket, data: Buffer) {
      const queue = queues.get(to);
      if (queue) queue.push(data);
      else queues.set(to, [data]);
      if (!timer) timer = setTimeout(pump, 0);
    },
    /** Runs `done` once everything queued for `to` has crossed the link. */
    afterDrain(to: net.Socket, done: () => void) {
      onDrained.set(to, done);
      if (!queues.has(to)) finish(to);
    },
    forget(to: net.Socket) {
      queues.delete(to);
      inFlight.delete(to);
      onDrained.delete(to);
      lastArrival.delete(to);
    },
    close() {
      if (timer) clearTimeout(timer);
      queues.clear();
      onDrained.clear();
    },
  };
}

/** Starts the proxy on a free port of 127.0.0.1 in front of `target` (an `http://host:port` URL). */
export async function startThrottleProxy(target: string, options: ThrottleOptions): Promise<ThrottleProxy> {
  const { hostname, port } = new URL(target);
  const bytesPerMs = (options.kbps * 1000) / 8 / 1000;
  const oneWay = options.rttMs / 2;
  let down = 0;
  let up = 0;
  let opened = 0;
  // When each downlink segment arrives and the running total then, in arrival order.
  let arrivals: Array<[at: number, total: number]> = [];
  const downlink = createPipe(bytesPerMs, oneWay, (n, at) => {
    down += n;
    arrivals.push([at, down]);
  });
  const uplink = createPipe(bytesPerMs, oneWay, (n) => (up += n));
  const open = new Set<net.Socket>();

  const server = net.createServer((browser) => {
    opened++;
    open.add(browser);
    const upstream = net.connect(Number(port), hostname);
    open.add(upstream);
    // Nothing moves until the handshake's round trip is over; what the browser sent meanwhile waits.
    const early: Buffer[] = [];
    let ready = false;
    const handshake = setTimeout(() => {
      ready = true;
      for (const chunk of early) uplink.push(upstream, chunk);
    }, options.rttMs);
    browser.on('data', (chunk: Buffer) => (ready ? uplink.push(upstream, chunk) : early.push(chunk)));
    upstream.on('data', (chunk: Buffer) => downlink.push(browser, chunk));
    const end = () => {
      clearTimeout(handshake);
      downlink.forget(browser);
      uplink.forget(upstream);
      open.delete(browser);
      open.delete(upstream);
      browser.destroy();
      upstream.destroy();
    };
    // A side that closes is passed on only once its last bytes have crossed the link.
    upstream.on('close', () => downlink.afterDrain(browser, end));
    browser.on('close', () => uplink.afterDrain(upstream, end));
    browser.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    bytes: () => ({ down, up }),
    downBy: (epochMs) => arrivals.findLast(([at]) => at <= epochMs)?.[1] ?? 0,
    connections: () => opened,
    reset() {
      arrivals = [];
      down = 0;
      up = 0;
      opened = 0;
    },
    dropConnections() {
      for (const s of open) s.destroy();
      open.clear();
    },
    close() {
      downlink.close();
      uplink.close();
      for (const s of open) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
