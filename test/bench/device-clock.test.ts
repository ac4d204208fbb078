/**
 * The bench's device clock (bench/worker/marks.ts): hundreds of simulated replicas share one
 * process, and each is timed as if it worked alone on its own device. Two replicas receive one
 * frame each and take 40 ms apiece to handle it: on the device clock both show it about 40 ms after
 * it arrived; on the process clock the second waits for the first.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { countingWebSocket } from '../../bench/worker/counting-ws.ts';
import { asDevice, deviceNow, Marks } from '../../bench/worker/marks.ts';
import { monoMs } from '../../bench/stats.ts';

const WORK_MS = 40;
let server: WebSocketServer | null = null;
afterEach(() => server?.close());

function busy(ms: number): void {
  const until = monoMs() + ms;
  while (monoMs() < until) {
    // A replica applying an update, slowly.
  }
}

/** Sends one frame to two replicas at once; resolves with when each marked it, from the send. */
async function twoReplicas(deviceClock: boolean): Promise<number[]> {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(server, 'listening');
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const counter = { bytes: 0, frames: 0 };
  const Counting = countingWebSocket(counter, undefined, deviceClock);
  const marks = new Marks();
  const clients = [new Counting(url), new Counting(url)];
  const handled = clients.map(
    (ws, i) =>
      new Promise<void>((resolve) => {
        ws.onmessage = () => {
          busy(WORK_MS);
          marks.hit(`r${i}`);
          resolve();
        };
      }),
  );
  while (server.clients.size < 2) await new Promise((r) => setTimeout(r, 5));
  await Promise.all(clients.map((ws) => (ws.readyState === WebSocket.OPEN ? null : once(ws as never, 'open'))));
  const sentAt = monoMs();
  for (const ws of server.clients) ws.send('one update');
  await Promise.all(handled);
  for (const ws of clients) ws.close();
  expect(counter.frames).toBe(2);
  return marks.rows('r').map(([, , last]) => last - sentAt);
}

describe('device clock', () => {
  it('times work by when its frame arrived, not by when the process got to it', () => {
    const arrivedAt = monoMs() - 100;
    let inside = 0;
    asDevice(arrivedAt, () => {
      busy(5);
      inside = deviceNow();
    });
    expect(inside - arrivedAt).toBeGreaterThanOrEqual(5);
    expect(inside - arrivedAt).toBeLessThan(50);
    expect(deviceNow()).toBeGreaterThan(monoMs() - 1);
  });

  it('gives two replicas of one process their own time, where the process clock queues one behind the other', async () => {
    const onDevices = await twoReplicas(true);
    expect(Math.max(...onDevices)).toBeGreaterThanOrEqual(WORK_MS);
    expect(Math.max(...onDevices)).toBeLessThan(2 * WORK_MS - 10);
    const inOneProcess = await twoReplicas(false);
    expect(Math.max(...inOneProcess)).toBeGreaterThanOrEqual(2 * WORK_MS - 5);
  });
});
