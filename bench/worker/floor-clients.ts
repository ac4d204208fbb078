/** Raw `ws` clients of the floor server: they only record which broadcast arrived when. */
import WebSocket from 'ws';
import type { Marks } from './marks.ts';

/** Opens `n` clients to the floor server; each marks `f:<id>` on receiving a message. */
export async function openFloorClients(url: string, n: number, marks: Marks): Promise<WebSocket[]> {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<WebSocket>((resolve, reject) => {
          const ws = new WebSocket(url);
          ws.on('message', (data: Buffer) => {
            const end = data.indexOf(0x0a);
            marks.hit(`f:${data.toString('latin1', 0, end < 0 ? data.length : end)}`);
          });
          ws.once('open', () => resolve(ws));
          ws.once('error', reject);
        }),
    ),
  );
}
