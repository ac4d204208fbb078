/** Where the figures came from: the machine, and how busy it was when the run started. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarize, type Summary } from './stats.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  /** 1-minute load average at the start: other work on the machine skews every figure. */
  loadAtStart: number;
  date: string;
  /** A 4 KB write + fdatasync in the temp dir (where DATA_DIR goes): the floor under a durable ack. */
  fsyncMs: Summary;
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
    date: new Date().toISOString(),
    fsyncMs: fsyncLatency(50),
  };
}

function fsyncLatency(n: number): Summary {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-fsync-'));
  const fd = fs.openSync(path.join(dir, 'probe'), 'w');
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fs.writeSync(fd, Buffer.alloc(4096, i));
    fs.fdatasyncSync(fd);
    samples.push(performance.now() - t0);
  }
  fs.closeSync(fd);
  fs.rmSync(dir, { recursive: true, force: true });
  return summarize(samples);
}
