/**
 * Reads a V8 CPU profile (.cpuprofile, as the server writes one per metrics window) into where
 * the busy time went: self time per area (our server modules by folder, each npm package, Node's
 * own internals, GC) and the busiest functions.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  /** Sampled time that was not idle, ms. */
  busyMs: number;
  /**
   * Self time per area, busiest first, with its share of busy time. Native code and Node's
   * internals count for the nearest package or module of ours that called them (a socket write
   * for `ws`, an fsync for `better-sqlite3`), so each area is what that code cost.
   */
  areas: Array<{ area: string; ms: number; percent: number }>;
  functions: Array<{ name: string; area: string; ms: number; percent: number }>;
}

const ROOT = path.resolve('.');

/** Which part of the program a frame belongs to, from its script URL. */
export function areaOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName === '(root)' || !functionName.startsWith('(') ? '(native)' : functionName;
  if (url.startsWith('node:')) return 'node internals';
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = file.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const rel = path.relative(ROOT, file);
  const dir = path.dirname(rel);
  return dir === '.' ? rel : dir;
}

/** The nodes called from the metrics module: the profiler measuring itself, left out of the figures. */
function measuring(nodes: ProfileNode[]): Set<number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Set<number>();
  const mark = (id: number) => {
    if (out.has(id)) return;
    out.add(id);
    for (const c of byId.get(id)?.children ?? []) mark(c);
  };
  for (const n of nodes) if (n.callFrame.url.endsWith('/server/metrics.ts')) mark(n.id);
  return out;
}

const OWNERLESS = new Set(['(native)', 'node internals']);

/** Each node's area as its nearest caller that is a package or a module of ours. */
function owners(nodes: ProfileNode[]): Map<number, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<number, string>();
  const visit = (id: number, inherited: string | null) => {
    const own = areaOf(byId.get(id)!.callFrame);
    const area = OWNERLESS.has(own) ? (inherited ?? own) : own;
    out.set(id, area);
    for (const c of byId.get(id)?.children ?? []) visit(c, OWNERLESS.has(own) ? inherited : own);
  };
  visit(nodes[0]!.id, null);
  return out;
}

/** Sums self time by area and by function; `top` functions are kept. */
export function summarizeProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const skip = measuring(profile.nodes);
  const owner = owners(profile.nodes);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const areas = new Map<string, number>();
  const functions = new Map<string, { area: string; ms: number }>();
  let busy = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || skip.has(id)) continue;
    busy += ms;
    const area = owner.get(id) ?? areaOf(frame);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    const f = functions.get(name) ?? { area, ms: 0 };
    f.ms += ms;
    functions.set(name, f);
  }
  const percent = (ms: number) => (busy > 0 ? Math.round((ms / busy) * 1000) / 10 : 0);
  const r = (ms: number) => Math.round(ms * 10) / 10;
  return {
    file,
    busyMs: r(busy),
    areas: [...areas].sort((a, b) => b[1] - a[1]).map(([area, ms]) => ({ area, ms: r(ms), percent: percent(ms) })),
    functions: [...functions]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([name, f]) => ({ name, area: f.area, ms: r(f.ms), percent: percent(f.ms) })),
  };
}
