/** Finishing the day on the real server: every screen learns it, and the report gets the closing's actual end. */
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../server/domain/report-model.ts';
import { connectSocket, openReplica, send } from '../helpers/clients.ts';
import { fakeClock } from '../helpers/fake-clock.ts';
import { fetchReport } from '../helpers/meeting.ts';
import { serverPerTest } from '../helpers/per-test.ts';
import { startTestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

const t = serverPerTest();
const MIN = 60_000;

describe('agenda:finish', () => {
  it("reaches a replica (finished, timer idle, the closing ended) and the report shows the closing's actual end", async () => {
    const clock = fakeClock(); // 09:00 at the venue
    t.server = await startTestServer({ clock });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = t.track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
    const replica = t.track(await openReplica(t.server.url, code));
    const closing = async () => {
      const res = await fetchReport(t.server, code, 'json', facilitatorKey);
      return ((await res.json()) as ReportModel).agenda.find((x) => x.id === 'closing')!;
    };

    clock.advance(7.5 * 60 * MIN);
    expect(await send(fac, 'agenda:enter', { segmentId: 'closing', activityId: null })).toMatchObject({ ok: true });
    clock.advance(20 * MIN);
    expect(await send(fac, 'agenda:next', {})).toMatchObject({
      ok: true,
      value: { activityId: 'closing-next-steps' },
    });
    clock.advance(12 * MIN);
    expect(await closing()).toMatchObject({ actualStart: '16:30', actualEnd: null });

    const finished = await send(fac, 'agenda:finish', {});
    expect(finished).toEqual({ ok: true, value: { finishedAt: clock.now() } });
    await waitFor(() => replica.state().room.finishedAt === clock.now(), 'the finished day on a replica');
    expect(replica.state().room.timer.status).toBe('idle');
    expect(replica.state().actuals.closing?.endedAt).toBe(clock.now());

    const report = await closing();
    expect(report).toMatchObject({ actualStart: '16:30', actualEnd: '17:02', actualMinutes: 32 });
    expect(report.activities.map((a) => [a.id, a.actualStart, a.actualEnd])).toEqual([
      ['closing-review', '16:30', '16:50'],
      ['closing-next-steps', '16:50', '17:02'],
    ]);
    expect(await send(fac, 'agenda:finish', {})).toMatchObject({ ok: false, error: 'conflict' });
  });

  it('has no countdown once finished: every timer command is refused until a step is entered again', async () => {
    t.server = await startTestServer({ clock: fakeClock() });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = t.track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
    expect(await send(fac, 'agenda:enter', { segmentId: 'closing', activityId: 'closing-next-steps' })).toMatchObject({
      ok: true,
    });
    expect(await send(fac, 'agenda:finish', {})).toMatchObject({ ok: true });
    const before = await t.server.publicState(code);
    for (const [event, input] of [
      ['timer:start', { durationMs: 5 * MIN }],
      ['timer:adjust', { deltaMs: MIN }],
      ['timer:pause', {}],
      ['timer:resume', {}],
      ['timer:reset', {}],
    ] as const)
      expect({ event, result: await send(fac, event, input) }).toMatchObject({
        event,
        result: { ok: false, error: 'conflict' },
      });
    expect(await t.server.publicState(code)).toEqual(before);
    // Entering the step the day ended on reopens it, with its countdown.
    expect(await send(fac, 'agenda:enter', { segmentId: 'closing', activityId: 'closing-next-steps' })).toMatchObject({
      ok: true,
    });
    const reopened = (await t.server.publicState(code)).room;
    expect([reopened.finishedAt, reopened.timer.status]).toEqual([null, 'running']);
    expect(await send(fac, 'timer:adjust', { deltaMs: MIN })).toMatchObject({ ok: true });
  });
});
