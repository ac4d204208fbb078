/** The server's side of one window, as text: per-stage histograms, GC pauses, work counts, the CPU profile. */
import { BUCKETS_MS, type Distribution } from '../server/metrics.ts';
import { STAGES } from '../server/stages.ts';
import type { ServerWindow } from './window.ts';

const pad = (x: string | number, n: number) => String(x).padStart(n);
const bucketHeads = [...BUCKETS_MS.map((b) => `≤${b}`), `>${BUCKETS_MS[BUCKETS_MS.length - 1]}`];

/** One histogram row: count, percentiles, total, then the count in each bucket. */
function row(name: string, d: Distribution): string {
  const buckets = d.buckets.map((n, i) => pad(n || '·', bucketHeads[i]!.length)).join(' ');
  return `    ${name.padEnd(9)}${pad(d.n, 7)}${pad(d.p50Ms, 9)}${pad(d.p99Ms, 9)}${pad(d.maxMs, 9)}${pad(Math.round(d.totalMs), 8)}  ${buckets}`;
}

/** Per-stage histograms (ms): where a note's time goes inside the server. */
export function printStages(w: ServerWindow, out: (line: string) => void): void {
  out(`  per stage, ms (n, p50, p99, max, total; then how many fell in each bucket, ms):`);
  out(
    `    ${'stage'.padEnd(9)}${pad('n', 7)}${pad('p50', 9)}${pad('p99', 9)}${pad('max', 9)}${pad('total', 8)}  ${bucketHeads.join(' ')}`,
  );
  for (const stage of STAGES) out(row(stage, w.stages[stage]));
  out(row('GC', w.gc.all));
  out(row('GC major', w.gc.major));
  const t = w.tallies;
  const perBatch = t.batches ? Math.round((t.commands / t.batches) * 10) / 10 : 0;
  out(
    `  ${t.commands} commands in ${t.batches} batches (${perBatch} each); ${t.frames} updates framed for ${t.socketWrites} replica writes`,
  );
}

/** Where the server's busy time went, from the window's CPU profile. */
export function printProfile(w: ServerWindow, out: (line: string) => void): void {
  const p = w.profile;
  if (!p) return;
  out(`  CPU profile (${p.file}): ${p.busyMs} ms busy`);
  out(
    `    by area: ${p.areas
      .slice(0, 10)
      .map((a) => `${a.area} ${a.percent} %`)
      .join(', ')}`,
  );
  for (const f of p.functions) out(`    ${pad(f.percent, 5)} %  ${f.name} [${f.area}]`);
}
