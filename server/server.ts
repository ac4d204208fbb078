/** Builds the whole server graph from its dependencies: one HTTP server, one port, three protocols. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { createLowDataDocs } from './collab/low-data-docs.ts';
import { createYjsHost } from './collab/yjs-host.ts';
import { createHttpApp } from './http/app.ts';
import { originChecker } from './http/origin.ts';
import { reportRoutes } from './http/report-routes.ts';
import type { Logger } from './log.ts';
import { venueAddresses } from './venue-addresses.ts';
import type { WorkshopStore } from './persistence/port.ts';
import { attachRealtime } from './realtime/io.ts';
import { NO_STAGES, type Stages } from './stages.ts';
import { createWorkshopHub, type WorkshopHub } from './workshops/hub.ts';
import { createTimerScheduler } from './workshops/timer-scheduler.ts';

export interface ServerDeps {
  config: Config;
  store: WorkshopStore;
  clock: Clock;
  log: Logger;
  /** The machine's venue-network addresses; tests pass their own. */
  lanAddresses?: () => string[];
  /** Per-stage timings of commands, for the benchmark (server/metrics.ts). */
  stages?: Stages;
}

export interface PlenaryServer {
  hub: WorkshopHub;
  /** Resolves with the bound port (useful with port 0). */
  listen(): Promise<number>;
  url(): string;
  /** Stops accepting, closes sockets so clients reconnect elsewhere, flushes the store. */
  close(): Promise<void>;
}

/** Wires config, store, clock and transports; holds no module-level state. */
export function createPlenaryServer(deps: ServerDeps): PlenaryServer {
  const { config, store, clock, log } = deps;
  const stages = deps.stages ?? NO_STAGES;
  const hub = createWorkshopHub({ store, clock, log, stages });
  const app = createHttpApp({
    hub,
    log,
    now: () => clock.now(),
    clientDir: config.clientDir,
    publicUrl: config.publicUrl,
    lanAddresses: deps.lanAddresses ?? venueAddresses,
    routers: [reportRoutes({ hub, clock })],
  });
  const server = http.createServer(app);
  const isOriginAllowed = originChecker(config.allowedOrigins);
  const lowData = createLowDataDocs(hub);
  const yjs = createYjsHost({
    hub,
    log,
    isOriginAllowed,
    lowData,
    stages,
    onFollowersChanged: (code) => realtime.presence.touch(code),
  });
  const realtime = attachRealtime(
    server,
    { hub, clock, log, replicaFollowers: yjs.followerCount },
    { isOriginAllowed },
  );
  const timers = createTimerScheduler({ hub, clock, log });

  server.on('upgrade', (req, socket, head) => {
    if (yjs.handleUpgrade(req, socket, head)) return;
    // Socket.IO owns /socket.io/ upgrades; nothing else may hold a socket open.
    if (!req.url?.startsWith('/socket.io/')) socket.destroy();
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  let port = 0;
  return {
    hub,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          port = (server.address() as AddressInfo).port;
          resolve(port);
        });
      }),
    url: () => `http://${config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host}:${port}`,
    async close() {
      server.close();
      yjs.close();
      lowData.close();
      timers.close();
      await realtime.close();
      server.closeAllConnections();
      await hub.close();
      await store.close();
    },
  };
}
