/** The human-readable report, with each figure beside its target. */
import { printProfile, printStages } from './report-window.ts';
import { printClusterBench } from './cluster.ts';
import type { BenchResult } from './run.ts';
import type { Session3 } from './session3.ts';
import type { Summary } from './stats.ts';

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const dist = (s: Summary) => `p50 ${s.p50} / p95 ${s.p95} / p99 ${s.p99} ms (n=${s.n})`;
const verdict = (ok: boolean, target: string) => `[target ${target}: ${ok ? 'met' : 'NOT met'}]`;
const refusedText = (r: Record<string, number>) => (Object.keys(r).length ? ` refused ${JSON.stringify(r)}` : '');

/** Writes the report line by line. */
export function printReport(r: BenchResult, out: (line: string) => void): void {
  const m = r.machine;
  out(
    `Plenary benchmark, ${m.date}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, load ${m.loadAtStart} at start`,
  );
  out(`Disk: 4 KB write + fdatasync ${dist(m.fsyncMs)} (every acknowledged command waits for one)`);
  if (r.cluster) printClusterBench(r.cluster, out);
  if (r.session3) printSession3(r, out);
  if (r.session3 && r.session3Postgres) printStores(r.session3, r.session3Postgres, out);
  if (r.fullDay) {
    const f = r.fullDay;
    out('');
    out(
      `Full-day document (${f.notes.written} notes, ${f.notes.deleted} deleted, ${f.votes} votes; built through the domain, hub and SQLite)`,
    );
    out(`  encoded ${kb(f.docBytes)} ${verdict(f.docBytes <= 2 ** 20, '≤ 1 MB')}; SQLite files ${mb(f.sqliteBytes)}`);
    out(
      `  cold load from SQLite ${f.coldLoadMs} ms median of [${f.coldLoadRunsMs.join(', ')}] ${verdict(f.coldLoadMs <= 50, '≤ 50 ms')}; before each, the store opened in ${f.storeOpenMs} ms (once per process)`,
    );
    out(`  in-process command (durable commit included) ${dist(f.executeMs)}`);
  }
  if (r.steps) {
    const s = r.steps;
    out(
      `Stepped run: ${r.flags.participants} participants writing ${s.rate} notes/s, followers added per step; limit p99 ≤ ${s.limitMs} ms`,
    );
    for (const row of s.rows) {
      out(
        `  ${String(row.clients).padStart(5)} clients (+${row.connectSeconds} s to connect): note → every replica ${dist(row.notes.everyReplicaMs)}, undelivered ${row.notes.undelivered}, server CPU ${row.window.serverCpuPercent} % (${row.serverCpu.perNoteUs} µs per note, ${row.serverCpu.perDeliveryUs} µs per delivery), loop p99 ${row.window.eventLoopP99Ms} ms, RSS ${mb(row.window.rssBytes)}; clients CPU ${row.window.clientsCpuPercent} %, loop p99 ${row.window.clientsEventLoopP99Ms} ms ${row.passed ? 'ok' : 'OVER'}`,
      );
      printStages(row.window, out);
    }
    if (s.stoppedBy) out(`  stopped: ${s.stoppedBy}`);
    out(
      `  largest passing: ${s.largestPassing ?? 'none'} ${verdict((s.largestPassing ?? 0) >= 2000, '2,000 connections')}`,
    );
    if (s.projection)
      out(
        `  server CPU per note, fitted over the steps: ${s.projection.fixedUs} µs + ${s.projection.perReplicaUs} µs per replica; at 2,000 connections and ${s.rate} notes/s: ${s.projection.at2000Percent} % of a core ${verdict(s.projection.at2000Percent < 100, 'the server keeps up')}`,
      );
  }
}

/** The same open writing on both stores, one after the other in this run. */
function printStores(sqlite: Session3, postgres: Session3, out: (line: string) => void): void {
  out('');
  out('SQLite vs PostgreSQL (durable; the same open writing, one after the other in this run)');
  for (const [name, s] of [
    ['SQLite    ', sqlite],
    ['PostgreSQL', postgres],
  ] as const) {
    const n = s.openWriting.notes;
    const w = s.openWriting.window;
    out(
      `  ${name} durable ack ${dist(n.ackMs)}; note → every replica ${dist(n.everyReplicaMs)}; commit p50 ${w.stages.commit.p50Ms} / p99 ${w.stages.commit.p99Ms} ms (n=${w.stages.commit.n}); ${n.acked}/${n.sent} accepted`,
    );
  }
}

function printSession3(r: BenchResult, out: (line: string) => void): void {
  const s = r.session3!;
  const f = r.flags;
  const mem = s.memory;
  const open = s.openWriting;
  out(
    `Room: ${f.participants} participants, ${f.followers} followers (${f.followersAs === 'wire' ? 'wire only' : 'full replicas'}), ${f.workers} client worker processes at nice ${f.clientNice}, replicas on the ${f.replicaClock} clock; open writing ${f.duration} s`,
  );
  out('');
  out(`Connections: ${mem.clients} clients, ${mem.sockets} sockets, connected in ${mem.connectSeconds} s`);
  out(
    `  server RSS after GC ${mb(mem.baselineRssBytes)} → ${mb(mem.connectedRssBytes)}: ${kb(mem.rssPerSocketBytes)} per socket, ${kb(mem.rssPerClientBytes)} per client ${verdict(mem.rssPerSocketBytes <= 40 * 1024, '≤ 40 KB per connection')}`,
  );
  out(
    `  JS heap after GC ${mb(mem.baselineHeapBytes)} → ${mb(mem.connectedHeapBytes)}: ${kb(mem.heapPerSocketBytes)} per socket used, ${kb(mem.heapTotalPerSocketBytes)} reserved; outside the heap (Buffers) ${kb(mem.externalPerSocketBytes)} per socket`,
  );
  const p = s.privateWriting;
  out(`Silent writing: ${p.held} notes held,${refusedText(p.refused)} ack ${dist(p.ackMs)}`);
  for (const v of p.reveals)
    out(`  reveal ${v.boardId}: ${v.notes} notes → every replica in ${v.everyReplicaMs ?? 'never'} ms`);
  out(
    `Open writing at ${open.rate} notes/s: ${open.notes.acked}/${open.notes.sent} accepted,${refusedText(open.notes.refused)} undelivered ${open.notes.undelivered}`,
  );
  out(`  note → every replica ${dist(open.notes.everyReplicaMs)}`);
  out(
    `  floor, raw ws ${s.floor.bytes} B to ${s.floor.clients} clients at ${s.floor.rate}/s: ${dist(s.floor.everyClientMs)}`,
  );
  out(
    `  ratio to floor: p50 ×${s.vsFloor.p50} ${verdict(s.vsFloor.p50 <= 2, '≤ 2×')}, p99 ×${s.vsFloor.p99} ${verdict(s.vsFloor.p99 <= 3, '≤ 3×')}`,
  );
  out(`  durable ack ${dist(open.notes.ackMs)} ${verdict(open.notes.ackMs.p99 <= 20, 'p99 ≤ 20 ms')}`);
  const w = open.window;
  out(
    `  server CPU ${w.serverCpuPercent} % of a core (event loop busy ${Math.round(w.eventLoopUtilization * 100)} %): ${open.serverCpu.perNoteUs} µs per note delivered, ${open.serverCpu.perDeliveryUs} µs per note per replica; RSS ${mb(w.rssBytes)}`,
  );
  out(
    `  server event-loop delay p99 ${w.eventLoopP99Ms} ms (max ${w.eventLoopMaxMs}) ${verdict(w.eventLoopP99Ms <= 10, 'p99 ≤ 10 ms')}`,
  );
  out(
    `  client workers CPU ${w.clientsCpuPercent} % of a core, busiest worker's event-loop delay p99 ${w.clientsEventLoopP99Ms} ms`,
  );
  out(
    `  ${open.bytesPerNote} B per note per follower; ${kb(open.followerBytesPerMinute)} per follower per minute while writing`,
  );
  printStages(w, out);
  printProfile(w, out);
  out(
    `Timer fan-out (command → every replica): quiet ${dist(s.quietTimerMs)}; while the room writes ${dist(open.timerUnderLoadMs)}${open.timerLost ? `, ${open.timerLost} lost` : ''}`,
  );
  const c = s.reconnect;
  out(
    `Reconnect: missed ${c.missedUpdates} updates = ${kb(c.missedBytes)}; catch-up ${kb(c.catchUpBytes)} (×${c.ratio}) in ${c.catchUpMs} ms ${verdict(c.ratio <= 1.2, '≤ 1.2×')}`,
  );
  const v = s.vote;
  out(
    `Dot vote: ${v.accepted}/${v.casts} dots accepted,${refusedText(v.refused)} ack ${dist(v.ackMs)}; close → every replica ${v.closeEveryReplicaMs ?? 'never'} ms`,
  );
  out(`Followers over the whole Session 3 script: ${kb(s.followerBytesPerMinute)} per follower per minute`);
}
