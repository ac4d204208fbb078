/** Turns command samples and replica marks into the latency figures of the report. */
import type { Fleet } from './fleet.ts';
import type { CommandSample } from './protocol.ts';
import { summarize, type Summary } from './stats.ts';

export interface Delivery {
  sent: number;
  acked: number;
  /** Refusals by error code (e.g. rate_limited); they are not in the latencies. */
  refused: Record<string, number>;
  ackMs: Summary;
  /** Command sent → present in every replica. */
  everyReplicaMs: Summary;
  /** Accepted commands some replica never showed within the wait. */
  undelivered: number;
}

/** Waits until every replica has every mark, or `timeoutMs` passes; returns the merged marks. */
export async function awaitMarks(
  fleet: Fleet,
  marks: string[],
  timeoutMs = 20_000,
): Promise<Map<string, { count: number; last: number }>> {
  const deadline = Date.now() + timeoutMs;
  const prefix = commonPrefix(marks);
  for (;;) {
    const seen = await fleet.marks(prefix);
    const done = marks.every((m) => (seen.get(m)?.count ?? 0) >= fleet.replicas());
    if (done || Date.now() > deadline) return seen;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function commonPrefix(xs: string[]): string {
  if (xs.length === 0) return '';
  let p = xs[0]!;
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Ack latency of every accepted command, and when the last replica showed what it caused. */
export async function deliveries(
  fleet: Fleet,
  samples: CommandSample[],
  markOf: (s: CommandSample) => string,
): Promise<Delivery> {
  const times = await deliveryTimes(fleet, samples, markOf);
  return {
    sent: samples.length,
    acked: times.ackMs.length,
    refused: refusals(samples),
    ackMs: summarize(times.ackMs),
    everyReplicaMs: summarize(times.everyReplicaMs),
    undelivered: times.undelivered,
  };
}

/** The samples behind `deliveries`, unsummarized (the cluster bench pools them over several workshops). */
export async function deliveryTimes(
  fleet: Fleet,
  samples: CommandSample[],
  markOf: (s: CommandSample) => string,
): Promise<{ ackMs: number[]; everyReplicaMs: number[]; undelivered: number }> {
  const accepted = samples.filter((s) => s.ok);
  const seen = await awaitMarks(fleet, accepted.map(markOf));
  const everyReplicaMs: number[] = [];
  let undelivered = 0;
  for (const s of accepted) {
    const m = seen.get(markOf(s));
    if (m && m.count >= fleet.replicas()) everyReplicaMs.push(m.last - s.sentAt);
    else undelivered++;
  }
  return { ackMs: accepted.map((s) => s.ackMs), everyReplicaMs, undelivered };
}

/** The server's CPU per note delivered to every replica, and per single delivery (one note to one replica), µs. */
export interface CpuPerNote {
  perNoteUs: number;
  perDeliveryUs: number;
}

/** Server CPU time over a window divided by what it delivered in it: a figure the clients' load does not inflate. */
export function cpuPerNote(serverCpuMs: number, delivered: number, replicas: number): CpuPerNote {
  if (delivered === 0) return { perNoteUs: Number.NaN, perDeliveryUs: Number.NaN };
  const perNote = (serverCpuMs * 1000) / delivered;
  return { perNoteUs: Math.round(perNote), perDeliveryUs: Math.round((perNote / Math.max(1, replicas)) * 100) / 100 };
}

/** Refused commands counted by error code. */
export function refusals(samples: CommandSample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of samples) if (!s.ok) out[s.error ?? 'unknown'] = (out[s.error ?? 'unknown'] ?? 0) + 1;
  return out;
}

/** Fan-out of one facilitator command sent at `sentAt`: when the last replica showed `mark`. */
export function fanOut(
  seen: Map<string, { count: number; last: number }>,
  mark: string,
  sentAt: number,
  replicas: number,
): number | null {
  const m = seen.get(mark);
  return m && m.count >= replicas ? Math.round((m.last - sentAt) * 100) / 100 : null;
}
