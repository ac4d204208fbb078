/** Agenda commands against the real server: the room follows the facilitator, and nobody else can move it. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ReportModel } from '../../server/domain/report-model.ts';
import type { CommandName } from '../../shared/commands.ts';
import { connectSocket, joinAs, openReplica, send, type TestInput } from '../helpers/clients.ts';
import { fakeClock } from '../helpers/fake-clock.ts';
import { serverPerTest } from '../helpers/per-test.ts';
import { startTestServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

const t = serverPerTest();
const track = t.track;

type Attempt = { [E in CommandName]: [E, TestInput<E>] }[CommandName];

/** Every agenda and timer command, each with a payload that a facilitator could send successfully. */
const EVERY_COMMAND: Attempt[] = [
  ['agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' }],
  ['agenda:next', {}],
  ['agenda:previous', {}],
  ['agenda:edit', { op: 'segment.update', segmentId: 'lunch', patch: { title: 'Long lunch' } }],
  ['agenda:replan', { mode: 'shift', minutes: 10 }],
  ['timer:start', { durationMs: 60_000 }],
  ['timer:pause', {}],
  ['timer:resume', {}],
  ['timer:adjust', { deltaMs: 60_000 }],
  ['timer:reset', {}],
  // Last: a finished day has no drift to re-plan by.
  ['agenda:finish', {}],
];

describe('who may drive the agenda', () => {
  it.each(['participant', 'follower'])(
    'a %s trying every agenda and timer command gets forbidden, and nothing changes',
    async (who) => {
      t.server = await startTestServer({ clock: fakeClock() });
      const { code, facilitatorKey } = await t.server.createWorkshop();
      const fac = track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
      expect(await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-framing' })).toMatchObject({
        ok: true,
      });
      const socket =
        who === 'participant'
          ? (await joinAs(t.server.url, code, 'Amina')).socket
          : (await connectSocket(t.server.url, { code, client: 'follow' })).socket;
      track(socket);
      const live = (await t.server.server.hub.get(code))!;
      const before = { pub: structuredClone(live.state.pub), vector: Y.encodeStateVector(live.doc) };
      for (const [event, input] of EVERY_COMMAND) {
        expect(await send(socket, event, input as never), event).toEqual({ ok: false, error: 'forbidden' });
      }
      expect(live.state.pub).toEqual(before.pub);
      expect(Y.encodeStateVector(live.doc)).toEqual(before.vector);
    },
  );

  it('the same commands succeed for the facilitator (so the refusals above are about the role)', async () => {
    t.server = await startTestServer({ clock: fakeClock() });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
    for (const [event, input] of EVERY_COMMAND) {
      const r = await send(fac, event, input as never);
      expect(r.ok, `${event}: ${JSON.stringify(r)}`).toBe(true);
    }
  });
});

describe('the agenda drives the room', () => {
  it("entering Session 3's silent writing opens Challenges and Opportunities in private mode; the next activity locks them", async () => {
    t.server = await startTestServer({ clock: fakeClock() });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
    const replica = track(await openReplica(t.server.url, code));
    const modes = () => ['challenges', 'opportunities'].map((b) => replica.state().boards[b]?.mode).join(',');

    const entered = await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' });
    expect(entered).toMatchObject({ ok: true, value: { segmentId: 'session-3', activityId: 's3-silent-writing' } });
    await waitFor(() => modes() === 'private,private', 'boards in private mode');
    expect(replica.state().room.activeBoardIds).toEqual(['challenges', 'opportunities']);
    expect(replica.state().room.timer).toMatchObject({ status: 'running', durationMs: 15 * 60_000 });

    expect(await send(fac, 'agenda:next', {})).toMatchObject({ ok: true, value: { activityId: 's3-grouping' } });
    await waitFor(() => modes() === 'locked,locked', 'boards locked by the next activity');
    expect(Object.keys(replica.state().actuals).sort()).toEqual(['s3-grouping', 's3-silent-writing', 'session-3']);
  });

  it('edits the agenda live and re-plans the day; a bad edit is refused and changes nothing', async () => {
    const clock = fakeClock();
    t.server = await startTestServer({ clock });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
    const replica = track(await openReplica(t.server.url, code));
    const edited = await send(fac, 'agenda:edit', {
      op: 'activity.update',
      segmentId: 'session-3',
      activityId: 's3-roles',
      patch: { minutes: 20, title: 'Our roles' },
    });
    expect(edited.ok).toBe(true);
    await waitFor(
      () => replica.state().room.agenda.segments[5]?.activities[4]?.title === 'Our roles',
      'the edit on a replica',
    );
    const refused = await send(fac, 'agenda:edit', {
      op: 'segment.update',
      segmentId: 'opening',
      patch: { end: '10:00' },
    });
    expect(refused).toMatchObject({ ok: false, error: 'invalid_agenda' });
    expect((await t.server.server.hub.get(code))!.state.pub.room.agenda.segments[0]!.end).toBe('09:30');

    await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: null });
    clock.advance(20 * 60_000);
    expect(await send(fac, 'agenda:replan', { mode: 'shift' })).toEqual({ ok: true, value: { minutes: 5 } });
    await waitFor(
      () => replica.state().room.agenda.segments.at(-1)?.end === '17:05',
      'the shifted closing on a replica',
    );
  });
});

describe('re-planning through the real server', () => {
  const MIN = 60_000;
  /** 09:00 in Geneva on the meeting day, plus `minutes`. */
  const geneva = (minutes: number) => Date.UTC(2018, 5, 12, 7, 0) + minutes * MIN;

  async function day(startMinutes: number) {
    const clock = fakeClock(geneva(startMinutes));
    t.server = await startTestServer({ clock });
    const { code, facilitatorKey } = await t.server.createWorkshop();
    const fac = track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
    const replica = track(await openReplica(t.server.url, code));
    const report = (format = 'json') =>
      fetch(`${t.server!.url}/api/workshops/${code}/report?format=${format}`, {
        headers: { authorization: `Bearer ${facilitatorKey}` },
      });
    const json = async () => (await (await report()).json()) as ReportModel;
    return { clock, fac, replica, report, json };
  }

  it('running early: talk 2 ends 5 minutes early, the rest of the day comes forward, the report keeps the original plan', async () => {
    const { clock, fac, replica, report, json } = await day(45);
    expect(await send(fac, 'agenda:enter', { segmentId: 'session-1', activityId: 'session-1-talk-2' })).toMatchObject({
      ok: true,
    });
    clock.advance(MIN);
    expect(await send(fac, 'agenda:replan', { mode: 'shift' })).toEqual({ ok: true, value: { minutes: -5 } });
    await waitFor(
      () => replica.state().room.agenda.segments[2]?.start === '10:55',
      'the coffee break brought forward on a replica',
    );
    const coffee = (await json()).agenda.find((s) => s.id === 'coffee-morning')!;
    expect(coffee).toMatchObject({
      plannedStart: '11:00',
      plannedEnd: '11:30',
      replannedStart: '10:55',
      replannedEnd: '11:25',
    });
    const talk2 = (await json()).agenda[1]!.activities[1]!;
    expect(talk2).toMatchObject({ plannedStart: '09:50', plannedEnd: '10:10', replannedEnd: '10:05' });
    const md = await (await report('md')).text();
    expect(md).toContain('| Step | Planned | Re-planned | Actual | Start drift |');
    expect(md).toContain('| **Coffee Break** | 11:00–11:30 | 10:55–11:25 |');
  });

  it('running late: shorten keeps the closing at 17:00', async () => {
    const { clock, fac, replica } = await day(6 * 60 + 5);
    await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-grouping' });
    clock.advance(MIN);
    expect(await send(fac, 'agenda:replan', { mode: 'shorten' })).toMatchObject({ ok: true });
    await waitFor(() => replica.state().room.agenda.segments.at(-1)?.start === '16:34', 'the closing kept at 16:34');
    expect(replica.state().room.agenda.segments.at(-1)?.end).toBe('17:00');
  });

  it('out of hours: an evening rehearsal starts the day now, runs past midnight, and is on time', async () => {
    const { clock, fac, replica, json } = await day(12 * 60 + 4);
    await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: null });
    clock.advance(MIN);
    expect(await send(fac, 'agenda:replan', { mode: 'start' })).toEqual({ ok: true, value: { minutes: 724 } });
    await waitFor(() => replica.state().room.agenda.segments[0]?.start === '21:04', 'the day planned from 21:04');
    expect(replica.state().room.agenda.segments.at(-1)).toMatchObject({ start: '28:34', end: '29:04' });
    const r = await json();
    expect(r.agenda[0]).toMatchObject({ plannedStart: '09:00', replannedStart: '21:04', startDriftMinutes: 724 });
    expect(r.agenda.at(-1)).toMatchObject({ plannedStart: '16:30', replannedStart: '04:34', replannedEnd: '05:04' });
    // Past midnight, the next step is still measured against the rehearsal's evening.
    // Session 3's roles mapping, planned 15:20, is now 03:24: entered on time after midnight.
    clock.advance(379 * MIN);
    await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-roles' });
    clock.advance(MIN);
    expect(await send(fac, 'agenda:replan', { mode: 'shift' })).toMatchObject({ ok: true, value: { minutes: 0 } });
  });

  it('a re-plan before the day starts, or a shorten when not late, is refused with its own code', async () => {
    const { fac } = await day(0);
    expect(await send(fac, 'agenda:replan', { mode: 'shift' })).toMatchObject({ ok: false, error: 'day_not_started' });
    await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: null });
    expect(await send(fac, 'agenda:replan', { mode: 'shorten' })).toMatchObject({
      ok: false,
      error: 'not_running_late',
    });
  });
});
