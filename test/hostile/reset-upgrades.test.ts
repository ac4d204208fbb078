/**
 * A caller that resets its connection in the middle of a WebSocket upgrade (as a killed flooder does,
 * or anyone with a raw socket) must not take the process down: Node hands an upgraded socket over
 * without an error listener, and the Yjs host's upgrade waits on budgets before it completes.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshopAt, spawnServer, type ServerProcess } from '../helpers/process.ts';

let proc: ServerProcess | null = null;
afterEach(() => {
  if (proc?.child.exitCode === null) proc.child.kill('SIGKILL');
});

/** Opens `count` raw connections asking to upgrade `path`, each reset after 0–4 ms. */
async function resetUpgrades(port: number, path: string, count: number): Promise<void> {
  const request = [
    `GET ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version: 13',
    '\r\n',
  ].join('\r\n');
  await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<void>((resolve) => {
          const s = net.connect(port, '127.0.0.1', () => {
            s.write(request);
            setTimeout(() => {
              s.resetAndDestroy();
              resolve();
            }, i % 5);
          });
          s.on('error', () => resolve());
        }),
    ),
  );
}

describe('connections reset during an upgrade', () => {
  it('leave the server running and answering, on every upgrade path', async () => {
    proc = await spawnServer();
    const { code } = await createWorkshopAt(proc.url);
    const paths = [`/yjs/${code}`, '/yjs/NOSUCH', '/socket.io/?EIO=4&transport=websocket', '/elsewhere'];
    for (let round = 0; round < 8 && proc.child.exitCode === null; round++)
      for (const path of paths) await resetUpgrades(proc.port, path, 60);
    // The resets' errors arrive after the last connection is gone: give them time to.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(proc.child.exitCode, proc.otherStderr.join('\n').slice(0, 2000)).toBeNull();
    expect((await fetch(`${proc.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
