/** The bench's readings of its own instruments: a CPU profile by area, and the stepped run's CPU line. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeProfile } from '../../bench/profile.ts';
import { projectCpu, type StepRow } from '../../bench/step.ts';
import { tempDataDir } from '../helpers/server.ts';

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url, lineNumber: 0 },
  children,
});

describe('CPU profile summary', () => {
  it('charges native time to the package that called it and leaves the profiler out', () => {
    const root = path.resolve('.');
    const profile = {
      nodes: [
        frame(1, '(root)', '', [2, 5, 7, 8]),
        frame(2, 'send', `file://${root}/node_modules/ws/lib/sender.js`, [3]),
        frame(3, 'writev', 'node:internal/stream_base_commons', [4]),
        frame(4, 'writev', ''),
        frame(5, 'decide', `file://${root}/server/domain/notes.ts`),
        frame(6, 'dispatch', ''),
        frame(7, 'report', `file://${root}/server/metrics.ts`, [6]),
        frame(8, '(idle)', ''),
      ],
      // 3 ms in the socket write, 1 ms deciding, 5 ms profiling itself, 10 ms idle.
      samples: [4, 4, 4, 5, 6, 6, 6, 6, 6, 8],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 10_000],
    };
    const file = path.join(tempDataDir(), 'p.cpuprofile');
    fs.writeFileSync(file, JSON.stringify(profile));
    const s = summarizeProfile(file);
    expect(s.busyMs).toBe(4);
    expect(s.areas).toEqual([
      { area: 'ws', ms: 3, percent: 75 },
      { area: 'server/domain', ms: 1, percent: 25 },
    ]);
  });
});

describe("stepped run's CPU projection", () => {
  const row = (clients: number, perNoteUs: number) =>
    ({ clients, serverCpu: { perNoteUs, perDeliveryUs: perNoteUs / clients } }) as StepRow;

  it('fits CPU per note over the replicas and says what 2,000 connections would take', () => {
    // 100 µs per note plus 2 µs per replica: 4,100 µs per note at 2,000, ×10 notes/s = 4.1 % of a core.
    expect(projectCpu([row(250, 600), row(500, 1100), row(1000, 2100)], 10)).toEqual({
      fixedUs: 100,
      perReplicaUs: 2,
      at2000Percent: 4.1,
    });
  });

  it('says nothing from a single step', () => {
    expect(projectCpu([row(250, 600)], 10)).toBeNull();
  });
});
