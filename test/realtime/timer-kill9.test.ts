/**
 * kill -9 right after the facilitator's commands are acknowledged: the restarted process
 * still has the live step, its actual start and the running timer with the same end.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { remainingAt } from '../../shared/timer.ts';
import { connectSocket, openReplica, send, type NodeReplica, type TestSocket } from '../helpers/clients.ts';
import { spawnServer, type ServerProcess } from '../helpers/process.ts';
import { waitFor } from '../helpers/wait.ts';

const MIN = 60_000;
let proc: ServerProcess | null = null;
const open: Array<TestSocket | NodeReplica> = [];
afterEach(() => {
  for (const x of open.splice(0))
    if ('provider' in x) x.destroy();
    else x.close();
  if (proc?.child.exitCode === null) proc.child.kill('SIGKILL');
});

describe('timer and agenda under kill -9', () => {
  it('keep the live step, its actual times and the running countdown', async () => {
    proc = await spawnServer();
    const res = await fetch(`${proc.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'ilo-coop-2018' }),
    });
    const { code, facilitatorKey } = (await res.json()) as CreatedWorkshop;
    const { socket: fac } = await connectSocket(proc.url, { code, client: 'facilitate', facilitatorKey });
    open.push(fac);
    const entered = await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' });
    const extended = await send(fac, 'timer:adjust', { deltaMs: 5 * MIN });
    if (!entered.ok || !extended.ok) throw new Error('commands refused');

    proc.child.kill('SIGKILL');
    await proc.exited;
    proc = await spawnServer({ dataDir: proc.dataDir });

    const replica = await openReplica(proc.url, code);
    open.push(replica);
    const { socket } = await connectSocket(proc.url, { code, client: 'follow' });
    open.push(socket);
    await waitFor(
      () => replica.state().room.timer?.version === extended.value.version,
      'the timer on a replica after the crash',
    );
    const state = replica.state();
    expect(state.room.live).toEqual(entered.value);
    expect(state.room.timer).toEqual(extended.value);
    expect(state.actuals['s3-silent-writing']).toEqual({ startedAt: entered.value.enteredAt, endedAt: null });
    expect(state.boards.challenges?.mode).toBe('private');
    const ping = await send(socket, 'clock:ping', null);
    if (!ping.ok) throw new Error(ping.error);
    const left = remainingAt(state.room.timer, ping.value.serverNow);
    // 15 planned + 5 added, less the seconds the crash and restart took: neither reset nor lost.
    expect(left).toBeLessThan(20 * MIN);
    expect(left).toBeGreaterThan(19 * MIN);
  });
});
