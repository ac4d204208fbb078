/** Builds the whole server graph from its dependencies: one HTTP server, one port, three protocols. */
import type { IncomingMessage } from 'node:http';
import { createConnectionCaps } from './budgets/connection-caps.ts';
import { createWorkshopLookups } from './budgets/lookups.ts';
import { createRateBudgets } from './budgets/rate-budgets.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { createLowDataDocs, createNamelessDocs } from './collab/low-data-docs.ts';
import { createYjsHost } from './collab/yjs-host.ts';
import { DEFAULT_TOKEN_TTL_HOURS } from './domain/token-expiry.ts';
import { createHttpApp } from './http/app.ts';
import { createAddressing } from './http/client-address.ts';
import { creationGuard } from './http/creation-guard.ts';
import { createHostCheck } from './http/host-check.ts';
import { createListeners } from './http/listener.ts';
import { originChecker } from './http/origin.ts';
import { deletionRoutes } from './http/deletion-routes.ts';
import { participantRoutes } from './http/participant-routes.ts';
import { reportRoutes } from './http/report-routes.ts';
import type { Logger } from './log.ts';
import { venueAddresses } from './venue-addresses.ts';
import type { WorkshopStore } from './persistence/port.ts';
import { attachRealtime } from './realtime/io.ts';
import { NO_STAGES, type Stages } from './stages.ts';
import { roomOf } from './realtime/context.ts';
import { createWorkshopHub, type WorkshopHub } from './workshops/hub.ts';
import { metricsRoute } from './http/metrics-route.ts';
import { bothStages, createOperatorMetrics } from './prometheus.ts';
import type { PlenaryServer as SocketServer } from './realtime/context.ts';
import { startRetention } from './workshops/retention.ts';
import { createOwnership } from './workshops/ownership.ts';
import { createRelays } from './collab/relay.ts';
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
  const { config, clock, log } = deps;
  const metrics = config.metrics ? createOperatorMetrics() : null;
  const store = metrics ? metrics.instrument(deps.store) : deps.store;
  const stages = metrics ? bothStages(deps.stages ?? NO_STAGES, metrics.stages) : (deps.stages ?? NO_STAGES);
  // Anyone connected holds a workshop in memory; `realtime` and `yjs` exist before the first sweep.
  const inUse = (code: string) =>
    (realtime.io.sockets.adapter.rooms.get(roomOf(code))?.size ?? 0) > 0 || yjs.connectionCount(code) > 0;
  // Many nodes on one database: this one serves a workshop only while it holds its lease.
  const ownership = store.leases
    ? createOwnership({
        leases: store.leases,
        node: config.nodeId,
        ttlMs: config.leaseMs,
        log,
        ...(config.handoverCooldownMs === undefined ? {} : { cooldownMs: config.handoverCooldownMs }),
      })
    : undefined;
  const hub = createWorkshopHub({
    store,
    clock,
    log,
    stages,
    ...(ownership ? { ownership } : {}),
    ...(config.idleUnloadMs === null ? {} : { idle: { afterMs: config.idleUnloadMs, inUse } }),
  });
  const { limits } = config;
  const tokenTtlHours = config.tokenTtlHours ?? DEFAULT_TOKEN_TTL_HOURS;
  // Logged at debug: under a flood, one line per refusal would be a flood of its own.
  const budgets = createRateBudgets({
    table: limits.budgets,
    onRefused: (budget, address) => {
      log.debug('budget_refused', { budget, address });
      metrics?.refused(budget);
    },
  });
  const connections = createConnectionCaps(limits.connections);
  const lookups = createWorkshopLookups(hub, budgets);
  const hosts = createHostCheck({ publicUrl: config.publicUrl, extraNames: config.allowedHosts });
  const isOriginAllowed = originChecker(config.allowedOrigins);
  const admits = (req: IncomingMessage) => hosts.admits(req) && isOriginAllowed(req);
  const addressing = createAddressing(config.trustProxy ?? []);
  const app = createHttpApp({
    hub,
    lookups,
    hosts,
    trustProxy: addressing.trust,
    mayCreate: creationGuard({
      budgets,
      createKey: config.createKey,
      maxWorkshops: config.maxWorkshops,
      countWorkshops: async () => (await store.listWorkshops()).length,
    }),
    log,
    now: () => clock.now(),
    clientDir: config.clientDir,
    publicUrl: config.publicUrl,
    lanAddresses: deps.lanAddresses ?? venueAddresses,
    routers: [
      reportRoutes({ lookups, clock }),
      deletionRoutes({ hub, lookups }),
      participantRoutes({ lookups, clock, tokenTtlHours }),
    ],
    storeReachable: () => store.ping(),
    ...(metrics ? { metrics: metricsRoute(metrics.registry, config.metrics?.token ?? null) } : {}),
  });
  // HTTPS when TLS_CERT/TLS_KEY are set (a bad pair throws here, so the start fails with its reason).
  const listeners = createListeners(app, {
    limits,
    tls: config.tls ?? null,
    redirectPort: config.httpRedirectPort ?? null,
    hosts,
    publicUrl: config.publicUrl,
  });
  const { server } = listeners;
  // Follow replicas of a workshop another node holds: served here from one upstream replica of it.
  const relays =
    ownership && config.cluster
      ? createRelays({
          clusterUrl: config.cluster.url,
          clusterKey: config.cluster.key,
          graceMs: config.cluster.graceMs,
          log,
        })
      : null;
  const lowData = createLowDataDocs(hub);
  const nameless = createNamelessDocs(hub);
  const yjs = createYjsHost({
    hub,
    log,
    admits,
    addressOf: addressing.of,
    lowData,
    nameless,
    stages,
    lookups,
    budgets,
    connections,
    slowReaders: limits.slowReaders,
    onFollowersChanged: (code) => realtime.presence.touch(code),
    ...(relays && ownership
      ? { cluster: { relays, key: config.cluster!.key, isRelayed: (code) => ownership.epochOf(code) === undefined } }
      : {}),
  });
  const realtime = attachRealtime(
    server,
    {
      hub,
      clock,
      log,
      replicaFollowers: yjs.followerCount,
      tokenTtlHours,
      ...(metrics ? { onAnswered: metrics.answered } : {}),
    },
    { admits, addressOf: addressing.of, lookups, budgets, connections },
  );
  const timers = createTimerScheduler({ hub, clock, log });
  if (metrics) {
    server.on('connection', (socket) => metrics.countBytes(socket));
    metrics.watch({
      connections: () => connectionsByKind(realtime.io, yjs.connectionCount()),
      workshopsLoaded: () => hub.loadedCount(),
    });
  }
  const retention = config.retentionDays
    ? startRetention({ hub, store, clock, log, days: config.retentionDays })
    : null;
  hub.events.on('disowned', (code) => {
    realtime.closeWorkshop(code);
    yjs.closeWorkshop(code);
  });

  server.on('upgrade', (req, socket, head) => {
    // Node takes its own error listener off a socket it hands over for an upgrade: without this one,
    // a caller resetting the connection before the upgrade completes crashed the process (ECONNRESET).
    socket.on('error', () => socket.destroy());
    if (yjs.handleUpgrade(req, socket, head)) return;
    // Socket.IO owns /socket.io/ upgrades; nothing else may hold a socket open.
    if (!req.url?.startsWith('/socket.io/')) socket.destroy();
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  let port = 0;
  return {
    hub,
    listen: async () => (port = await listeners.listen(config.port, config.host)),
    url: () =>
      `${listeners.scheme}://${config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host}:${port}`,
    async close() {
      listeners.close();
      yjs.close();
      relays?.close();
      timers.close();
      retention?.close();
      lowData.close();
      nameless.close();
      const transports = realtime.close();
      // Requests still being received (a slow or lying body) must not hold the shutdown.
      server.closeAllConnections();
      await transports;
      await hub.close();
      await store.close();
    },
  };
}

/** Socket.IO connections by the screen they came from, and Yjs replicas. */
function connectionsByKind(io: SocketServer, replicas: number): Record<string, number> {
  const out: Record<string, number> = { participant: 0, facilitate: 0, screen: 0, follow: 0, yjs: replicas };
  for (const s of io.of('/').sockets.values()) if (s.data.client) out[s.data.client] = (out[s.data.client] ?? 0) + 1;
  return out;
}
