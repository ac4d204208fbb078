import { defineConfig } from 'vitest/config';

// Vitest 5's reporter calls Map.groupBy, which Node 20 lacks; without this a failing test
// crashes the reporter instead of being reported.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

/** The realtime suite's core, run a second time with every server on PostgreSQL. */
const ON_POSTGRES = [
  'test/realtime/notes.test.ts',
  'test/realtime/private.test.ts',
  'test/realtime/votes.test.ts',
  'test/realtime/foundation.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // A test that hangs must fail with a message, not stall CI.
    teardownTimeout: 10_000,
    // One PostgreSQL cluster for the run (the first project to set up starts it).
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'plenary', include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'on-postgres', include: ON_POSTGRES, env: { PLENARY_TEST_STORE: 'postgres' } },
      },
    ],
  },
});
