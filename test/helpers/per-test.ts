/** One real server per test, and the clients it opened, all closed after each test (in that order). */
import { afterEach } from 'vitest';
import type { NodeReplica, TestSocket } from './clients.ts';
import type { TestServer } from './server.ts';

export interface PerTest {
  /** The test's server; a restart replaces it. */
  server: TestServer;
  /** Closes `x` after the test. */
  track<T extends TestSocket | NodeReplica>(x: T): T;
  /** Closes every tracked client now (before a restart, say). */
  closeClients(): Promise<void>;
}

/** Registers the after-each cleanup; assign `server` in each test. */
export function serverPerTest(): PerTest {
  const cleanups: Array<() => unknown> = [];
  const self: PerTest = {
    server: undefined as unknown as TestServer,
    track(x) {
      cleanups.push(() => ('provider' in x ? x.destroy() : x.close()));
      return x;
    },
    async closeClients() {
      for (const c of cleanups.splice(0)) await c();
    },
  };
  afterEach(async () => {
    await self.closeClients();
    await self.server?.close();
  });
  return self;
}
