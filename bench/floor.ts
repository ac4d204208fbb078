/**
 * The floor, measured in the same run: the floor server relays raw `ws` messages of the same
 * size, at the same rate, to the same number of clients as the notes phase had replicas.
 */
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import type { BenchContext } from './context.ts';
import { clearMarks } from './context.ts';
import { awaitMarks } from './measure.ts';
import { summarize, type Summary } from './stats.ts';

export interface Floor {
  clients: number;
  messages: number;
  bytes: number;
  rate: number;
  everyClientMs: Summary;
  undelivered: number;
}

async function startFloorServer(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/floor-server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  const port = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`floor server exited with code ${code}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    stop() {
      child.kill('SIGTERM');
      process.off('exit', orphan);
    },
  };
}

/** Broadcasts `rate` messages/s of `bytes` each for `durationMs` to one raw client per replica. */
export async function measureFloor(ctx: BenchContext, bytes: number, rate: number, durationMs: number): Promise<Floor> {
  const floor = await startFloorServer();
  try {
    await Promise.all(
      ctx.fleet.workers.map((w) => w.call('floorOpen', { url: floor.url, clients: w.participants + w.followers })),
    );
    await clearMarks(ctx);
    const clients = ctx.fleet.replicas();
    const count = Math.max(1, Math.round((rate * durationMs) / 1000));
    const sends = Array.from({ length: count }, (_, k) => ({
      at: (k * 1000) / rate,
      client: k % clients,
      id: `f${k}`,
    }));
    const sent = await ctx.fleet.floor(sends, bytes);
    const seen = await awaitMarks(
      ctx.fleet,
      sent.map((s) => `f:${s.id}`),
    );
    const latencies: number[] = [];
    for (const s of sent) {
      const m = seen.get(`f:${s.id}`);
      if (m && m.count >= clients) latencies.push(m.last - s.sentAt);
    }
    await ctx.fleet.all('floorClose', null);
    return {
      clients,
      messages: sent.length,
      bytes,
      rate,
      everyClientMs: summarize(latencies),
      undelivered: sent.length - latencies.length,
    };
  } finally {
    floor.stop();
  }
}
