/** Command-line flags of `npm run bench`, bounded like any other input. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const Flags = z.object({
  participants: z.coerce.number().int().min(2).max(2000).default(80),
  followers: z.coerce.number().int().min(0).max(5000).default(300),
  /** Seconds of open writing (and of the floor run). */
  duration: z.coerce.number().min(2).max(600).default(30),
  /** Notes per second the room writes while open. */
  rate: z.coerce.number().min(1).max(1000).default(80),
  workers: z.coerce.number().int().min(1).max(16).default(2),
  /**
   * Scheduling priority (nice) of the client workers. On one machine the simulated crowd and the
   * server share the cores; in a room they run on other people's devices. At 10 the kernel gives
   * the server's threads a core first, so its stages are not timed waiting behind the clients; 0
   * runs everything at one priority (the figures before 3 December 2026 afternoon).
   */
  clientNice: z.coerce.number().int().min(0).max(19).default(10),
  /**
   * `wire`: followers read the server's frames without a Yjs document (bench/worker/wire-follower.ts).
   * The default since 4 December 2026: 300 full replicas take more than a core of the two, and the
   * figure became theirs (the floor's own p99 202 ms beside them).
   */
  followersAs: z.enum(['replica', 'wire']).default('wire'),
  /** When a replica is timed as showing a note (bench/protocol.ts `ReplicaClock`). */
  replicaClock: z.enum(['device', 'process']).default('device'),
  /** Updates a reconnecting follower misses. */
  missed: z.coerce.number().int().min(1).max(5000).default(100),
  /** Stepped run: connection counts to try, ascending. */
  steps: z
    .string()
    .default('250,500,1000,1500,2000,2500')
    .transform((s) => s.split(',').map(Number))
    .pipe(z.array(z.number().int().min(1).max(10_000)).min(1)),
  /** Where the server's temporary DATA_DIR is made: e.g. /dev/shm (tmpfs) to take the disk out of the figures. */
  dataParent: z.string().min(1).optional(),
  /** Directory for V8 CPU profiles of the server, one per measured window (e.g. open-writing.cpuprofile). */
  profile: z.string().min(1).optional(),
  step: z.boolean().default(false),
  /** Notes per second during each step of the stepped run. */
  stepRate: z.coerce.number().min(1).max(1000).default(10),
  json: z.boolean().default(false),
  /** Also writes the JSON result to this file (the text report still goes to stdout). */
  save: z.string().min(1).optional(),
  fullday: z.boolean().default(true),
  /** `postgres`: Session 3 on SQLite, then again on a durable PostgreSQL the bench starts, side by side. */
  store: z.enum(['sqlite', 'postgres']).default('sqlite'),
  /** Many nodes (bench/cluster.ts): the Session 3 load over workshops and one plenary, on 1 node and on this many. */
  cluster: z.coerce.number().int().min(2).max(8).optional(),
});
export type Flags = z.infer<typeof Flags>;

export const USAGE = `npm run bench -- [--participants 80] [--followers 300] [--duration 30] [--rate 80]
  [--workers 2] [--client-nice 10] [--followers-as wire|replica] [--replica-clock device|process] [--missed 100] [--data-parent /dev/shm] [--profile DIR] [--no-fullday] [--json] [--save FILE]
  [--store postgres]   (Session 3 on SQLite and then on PostgreSQL, in one run)
npm run bench -- --cluster 3 [--participants 80] [--followers 300] [--duration 30] [--rate 80]
  (1 node against 3 behind HAProxy on PostgreSQL: workshops spread over the nodes, one plenary with relays)
npm run bench -- --step [--steps 250,500,1000,1500,2000,2500] [--step-rate 10] [--duration 10]`;

/** Parses argv; throws with the usage on anything unknown or out of bounds. */
export function readFlags(argv: string[]): Flags {
  const { values } = parseArgs({
    args: argv,
    options: {
      participants: { type: 'string' },
      followers: { type: 'string' },
      duration: { type: 'string' },
      rate: { type: 'string' },
      workers: { type: 'string' },
      'client-nice': { type: 'string' },
      'followers-as': { type: 'string' },
      'replica-clock': { type: 'string' },
      missed: { type: 'string' },
      steps: { type: 'string' },
      'data-parent': { type: 'string' },
      profile: { type: 'string' },
      step: { type: 'boolean' },
      'step-rate': { type: 'string' },
      json: { type: 'boolean' },
      save: { type: 'string' },
      'no-fullday': { type: 'boolean' },
      store: { type: 'string' },
      cluster: { type: 'string' },
    },
    strict: true,
  });
  const parsed = Flags.safeParse({
    ...values,
    stepRate: values['step-rate'],
    clientNice: values['client-nice'],
    followersAs: values['followers-as'],
    replicaClock: values['replica-clock'],
    dataParent: values['data-parent'],
    fullday: !values['no-fullday'],
  });
  if (!parsed.success)
    throw new Error(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n${USAGE}`);
  return parsed.data;
}
