/** A client worker process: holds a slice of the simulated crowd and answers the orchestrator over IPC. */
import type WebSocket from 'ws';
import type { Socket } from 'socket.io-client';
import { monitorLoopDelay } from '../../server/loop-delay.ts';
import type { Op, RequestMessage, Requests, ResponseMessage } from '../protocol.ts';
import { closeCrowd, connectInto, emptyCrowd } from './clients.ts';
import { openFloorClients } from './floor-clients.ts';
import { Marks } from './marks.ts';
import { openProbe, type Probe } from './probe.ts';
import { runCommands, runFloor } from './schedule.ts';

// y-websocket adds a process 'exit' listener per provider; hundreds per worker is expected here.
process.setMaxListeners(0);

const marks = new Marks();
const loop = monitorLoopDelay();
const crowd = emptyCrowd();
let floor: WebSocket[] = [];
let probe: Probe | null = null;

function need<T>(x: T | null, what: string): T {
  if (x === null) throw new Error(`${what} first`);
  return x;
}

type Handlers = { [O in Op]: (args: Requests[O]['args']) => Promise<Requests[O]['result']> };

const handlers: Handlers = {
  async connect({ url, code, ...plan }) {
    await connectInto(crowd, url, code, plan, marks);
    return { replicas: crowd.participants.length + crowd.followers.length };
  },
  run: async ({ startAt, commands }) =>
    runCommands(
      crowd.participants.map((p) => p.socket as Socket),
      startAt,
      commands,
    ),
  async floorOpen({ url, clients }) {
    floor = await openFloorClients(url, clients, marks);
    return null;
  },
  floorRun: async ({ startAt, sends, size }) => runFloor(floor, startAt, sends, size),
  async floorClose() {
    for (const ws of floor) ws.close();
    floor = [];
    return null;
  },
  marks: async ({ prefix }) => marks.rows(prefix),
  async clearMarks() {
    marks.clear();
    return null;
  },
  async bytes() {
    return { followers: crowd.followers.length, followerBytes: crowd.followerBytes.bytes };
  },
  async drop({ url, code }) {
    probe ??= await openProbe(url, code);
    probe.drop();
    return null;
  },
  rejoin: async () => need(probe, 'drop').rejoin(),
  async loop() {
    const out = { p99Ms: loop.p99Ms(), maxMs: loop.maxMs() };
    loop.restart();
    return out;
  },
  async close() {
    closeCrowd(crowd);
    probe?.close();
    for (const ws of floor) ws.close();
    setTimeout(() => process.exit(0), 100);
    return null;
  },
};

// The orchestrator is gone (finished, or killed): so is this worker's reason to run.
process.on('disconnect', () => process.exit(0));

process.on('message', (msg: RequestMessage) => {
  const handler = handlers[msg.op] as (args: unknown) => Promise<unknown>;
  handler(msg.args).then(
    (result) => process.send!({ id: msg.id, result } satisfies ResponseMessage),
    (err: unknown) =>
      process.send!({ id: msg.id, error: err instanceof Error ? err.message : String(err) } satisfies ResponseMessage),
  );
});
