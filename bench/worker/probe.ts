/**
 * A follower that drops off and comes back, beside a reference follower that stays: what the
 * reference receives meanwhile is what the probe missed; what the probe receives on rejoining
 * (y-websocket catch-up by state vector) is what reconnecting costs.
 */
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { monoMs } from '../stats.ts';
import { countingWebSocket, type ByteCounter } from './counting-ws.ts';

export interface Probe {
  drop(): void;
  rejoin(): Promise<{ missedBytes: number; missedFrames: number; catchUpBytes: number; catchUpMs: number }>;
  close(): void;
}

function provider(url: string, code: string, counter: ByteCounter): WebsocketProvider {
  const p = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/yjs`, code, new Y.Doc(), {
    disableBc: true,
    WebSocketPolyfill: countingWebSocket(counter),
  });
  p.awareness.setLocalState(null);
  return p;
}

function synced(p: WebsocketProvider): Promise<void> {
  return new Promise((resolve, reject) => {
    if (p.synced) return resolve();
    const timer = setTimeout(() => reject(new Error('probe follower did not sync within 30 s')), 30_000);
    p.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Opens the probe and its reference, both synced. */
export async function openProbe(url: string, code: string): Promise<Probe> {
  const probeBytes: ByteCounter = { bytes: 0, frames: 0 };
  const refBytes: ByteCounter = { bytes: 0, frames: 0 };
  const probe = provider(url, code, probeBytes);
  const ref = provider(url, code, refBytes);
  await Promise.all([synced(probe), synced(ref)]);
  let atDrop = { bytes: 0, frames: 0 };
  return {
    drop() {
      probe.disconnect();
      atDrop = { ...refBytes };
    },
    async rejoin() {
      const missedBytes = refBytes.bytes - atDrop.bytes;
      const missedFrames = refBytes.frames - atDrop.frames;
      probeBytes.bytes = 0;
      const t0 = monoMs();
      probe.connect();
      await synced(probe);
      return {
        missedBytes,
        missedFrames,
        catchUpBytes: probeBytes.bytes,
        catchUpMs: Math.round((monoMs() - t0) * 100) / 100,
      };
    },
    close() {
      for (const p of [probe, ref]) {
        p.destroy();
        p.doc.destroy();
      }
    },
  };
}
