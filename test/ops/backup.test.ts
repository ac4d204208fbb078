/**
 * `npm run backup` while 30 participants write on a real server process: restored into a fresh
 * DATA_DIR and served again, the copy holds every note acknowledged before the backup began.
 * `npm run restore` refuses a DATA_DIR whose server runs, and any file that is not a Plenary store.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { connectSocket, joinAs, openReplica, send, type TestSocket } from '../helpers/clients.ts';
import { createWorkshopAt, spawnServer, type ServerProcess } from '../helpers/process.ts';
import { tempDataDir } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

const WRITERS = 30;
const PACE_MS = 1100;

const procs: ServerProcess[] = [];
const sockets: TestSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
  for (const p of procs.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
});

interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <script> -- ...args` as an operator does, with DATA_DIR set. */
function npmRun(script: 'backup' | 'restore', args: string[], dataDir: string): Promise<ToolRun> {
  const { DATABASE_URL: _unset, ...env } = process.env;
  const child = spawn('npm', ['run', '-s', script, '--', ...args], {
    env: { ...env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/**
 * A participant posting a note every `paceMs` (inside the 10-per-10 s budget) after `offsetMs`,
 * recording each acknowledged id. Offsets spread the room's writers over the pace, so notes
 * arrive all the time rather than in one burst per pace that a quick backup could fall between.
 */
function writer(socket: TestSocket, prefix: string, paceMs: number, offsetMs: number) {
  const acked: string[] = [];
  let running = true;
  const done = (async () => {
    await new Promise((resolve) => setTimeout(resolve, offsetMs));
    for (let n = 0; running; n++) {
      const id = `${prefix}-${n}`;
      const r = await send(socket, 'note:add', { id, boardId: 'expectations', column: 'Expectations', text: id });
      if (r.ok) acked.push(id);
      await new Promise((resolve) => setTimeout(resolve, paceMs));
    }
  })();
  return {
    acked,
    stop: () => {
      running = false;
      return done;
    },
  };
}

async function start(dataDir?: string): Promise<ServerProcess> {
  const p = await spawnServer(dataDir ? { dataDir } : {});
  procs.push(p);
  return p;
}

describe('backup and restore', () => {
  it('copies a running store while 30 people write; the restored copy holds every note acknowledged before', async () => {
    const live = await start();
    const w = await createWorkshopAt(live.url);
    const { socket: fac } = await connectSocket(live.url, {
      code: w.code,
      client: 'facilitate',
      facilitatorKey: w.facilitatorKey,
    });
    sockets.push(fac);
    expect((await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok).toBe(
      true,
    );
    const people = [];
    for (let i = 0; i < WRITERS; i++) people.push((await joinAs(live.url, w.code, `P${i}`)).socket);
    sockets.push(...people);
    const logsBefore = live.logs.length;
    const writers = people.map((s, i) => writer(s, `p${i}`, PACE_MS, (i * PACE_MS) / WRITERS));
    const ackedCount = () => writers.reduce((n, x) => n + x.acked.length, 0);
    await waitFor(() => ackedCount() >= 2 * WRITERS, 'notes acknowledged before the backup', 30_000);

    const before = writers.flatMap((x) => [...x.acked]);
    const file = path.join(tempDataDir(), 'day.sqlite');
    const backup = await npmRun('backup', ['--to', file], live.dataDir);
    const duringBackup = ackedCount() - before.length;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`Backed up 1 workshop (`);
    expect(backup.stdout).toContain(w.code);
    expect(duringBackup, 'notes acknowledged while the backup ran').toBeGreaterThan(0);

    // An existing file is not replaced unless asked.
    const again = await npmRun('backup', ['--to', file], live.dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists.*--force/);

    // Restoring over the running server's store is refused and changes nothing there.
    const filesBefore = fs.readdirSync(live.dataDir).sort();
    const refused = await npmRun('restore', ['--from', file], live.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/open in a running process.*stop the server first/);
    expect(fs.readdirSync(live.dataDir).sort()).toEqual(filesBefore);
    const afterRefusal = ackedCount();
    await waitFor(() => ackedCount() > afterRefusal, 'notes still acknowledged after the refused restore', 10_000);

    await Promise.all(writers.map((x) => x.stop()));
    const acked = ackedCount();
    const logLines = live.logs.length - logsBefore;
    for (const s of sockets.splice(0)) s.close();
    live.child.kill('SIGTERM');
    expect((await live.exited).code).toBe(0);

    const fresh = tempDataDir();
    const restored = await npmRun('restore', ['--from', file], fresh);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored 1 workshop (`);

    const second = await start(fresh);
    const replica = await openReplica(second.url, w.code);
    const texts = Object.values(replica.state().notes).map((n) => n.text);
    replica.destroy();
    const missing = before.filter((id) => !texts.includes(id));
    expect(missing, 'notes acknowledged before the backup, missing from it').toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
    // A copy, not the live file: nothing written after the backup ended (at most one note in flight per writer).
    expect(texts.length).toBeLessThanOrEqual(before.length + duringBackup + WRITERS);
    console.info(
      `backup while ${WRITERS} write: ${before.length} notes acknowledged before it, ${duringBackup} while it ran ` +
        `(${backup.stdout.split('\n')[0]}), ${acked} in all (the server logged ${logLines} lines at LOG_LEVEL=info meanwhile); ` +
        `the restored store holds ${texts.length}, every one of the ${before.length}`,
    );
  }, 180_000);

  it('refuses a file that is not a Plenary store, and leaves DATA_DIR as it was', async () => {
    const dir = tempDataDir();
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a database\n'.repeat(100));
    const other = path.join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    db.close();

    const target = tempDataDir();
    for (const [file, why] of [
      [text, /not a Plenary store \(file is not a database\)/],
      [other, /not a Plenary store \(no table workshops/],
      [path.join(dir, 'absent.sqlite'), /does not exist/],
    ] as const) {
      const run = await npmRun('restore', ['--from', file], target);
      expect(run.code, run.stdout).toBe(1);
      expect(run.stderr).toMatch(/^Restore refused: /);
      expect(run.stderr).toMatch(why);
    }
    expect(fs.readdirSync(target)).toEqual([]);
  }, 60_000);
});
