/**
 * The document of a full day (1,000 notes of which 500 deleted, 5,000 votes), built in-process
 * through the real domain functions, hub and SQLite store; then its encoded size and the time a
 * fresh hub takes to load it cold from SQLite.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import type { Result } from '../shared/errors.ts';
import { systemClock, type Clock } from '../server/clock.ts';
import { revealBoard } from '../server/domain/boards.ts';
import { addNote, deleteNote, type BoardActor } from '../server/domain/notes.ts';
import { joinParticipant } from '../server/domain/participants.ts';
import type { Decision, Participant, WorkshopState } from '../server/domain/state.ts';
import { enterStep } from '../server/domain/steps.ts';
import { castVote, closeVote, openVote } from '../server/domain/votes.ts';
import { createLogger } from '../server/log.ts';
import { createSqliteStore } from '../server/persistence/sqlite.ts';
import { createWorkshopHub, type WorkshopHub } from '../server/workshops/hub.ts';
import { median, summarize, type Summary } from './stats.ts';

export interface FullDaySize {
  notes: { written: number; deleted: number; shown: number };
  votes: number;
  docBytes: number;
  sqliteBytes: number;
  /** Median over fresh hubs on an open store: hub.get (snapshot, updates, private rows). */
  coldLoadMs: number;
  coldLoadRunsMs: number[];
  /**
   * Median time to open the store before each load: its thread started, the file opened and
   * checked. Once per process, not per workshop; until 4 December 2026 it was counted in the load.
   */
  storeOpenMs: number;
  /** In-process hub.execute time per command while building, durable commit included. */
  executeMs: Summary;
}

const PARTICIPANTS = 125;
const BOARDS = [
  { id: 'challenges', column: 'Markets and trade' },
  { id: 'opportunities', column: 'Partnerships' },
] as const;

type Step = (s: WorkshopState, now: number) => Result<Decision<unknown>>;
const pure =
  (f: (s: WorkshopState, now: number) => WorkshopState): Step =>
  (s, now) => ({ ok: true, value: { state: f(s, now), value: null } });

/** Builds the day in a temporary DATA_DIR under `dataParent` and measures it; the directory is removed afterwards. */
export async function measureFullDay(
  dataParent = os.tmpdir(),
  notes = 1000,
  deleted = 500,
  votes = 5000,
  coldLoads = 5,
): Promise<FullDaySize> {
  const dir = fs.mkdtempSync(path.join(dataParent, 'plenary-fullday-'));
  let t = Date.UTC(2018, 5, 12, 8);
  // Time advances 100 ms per command, so the per-participant note bound (10 per 10 s) holds as in a real room.
  const clock: Clock = { now: () => (t += 100), setTimeout: systemClock.setTimeout };
  const store = createSqliteStore(dir);
  const hub = createWorkshopHub({ store, clock, log: createLogger('silent') });
  const { code } = await hub.create('ilo-coop-2018');
  const timings: number[] = [];
  let commands = 0;
  const exec = async (type: string, actor: string, step: Step) => {
    const t0 = performance.now();
    // Every command carries a client-made id, as over the wire, so the command log is as big as a real day's.
    const r = await hub.execute(code, { type, actor, commandId: `c${++commands}`, decide: step });
    timings.push(performance.now() - t0);
    if (!r.ok) throw new Error(`full day: ${type} refused: ${r.error}`);
  };
  const people = await join(hub, code, exec);
  await exec('step:enter', 'f', (s, now) =>
    enterStep(s, { segmentId: 'session-3', activityId: 's3-silent-writing' }, now),
  );
  const ids: Array<{ id: string; author: Participant }> = [];
  for (let i = 0; i < notes; i++) {
    const author = people[i % PARTICIPANTS]!;
    const board = BOARDS[i % BOARDS.length]!;
    const id = `n${i}`;
    ids.push({ id, author });
    await exec('note:add', author.id, (s, now) =>
      addNote(s, actor(s, author), { id, boardId: board.id, column: board.column, text: noteText(i) }, now),
    );
  }
  for (const b of BOARDS) await exec('board:reveal', 'f', (s) => revealBoard(s, b.id));
  for (const { id, author } of ids.filter((_, i) => i % 4 >= 2).slice(0, deleted))
    await exec('note:delete', author.id, (s, now) => deleteNote(s, actor(s, author), id, now));
  const cast = await vote(people, votes, exec);
  const w = (await hub.get(code))!;
  const docBytes = Y.encodeStateAsUpdate(w.doc).byteLength;
  const shown = Object.keys(w.state.pub.notes).length;
  await hub.close();
  await store.close();
  const sqliteBytes = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  const runs: Array<{ openMs: number; loadMs: number }> = [];
  for (let i = 0; i < coldLoads; i++) runs.push(await coldLoad(dir, code));
  const coldLoadRunsMs = runs.map((r) => r.loadMs);
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    notes: { written: notes, deleted, shown },
    votes: cast,
    docBytes,
    sqliteBytes,
    coldLoadMs: median(coldLoadRunsMs),
    coldLoadRunsMs,
    storeOpenMs: median(runs.map((r) => r.openMs)),
    executeMs: summarize(timings),
  };
}

function actor(s: WorkshopState, p: Participant): BoardActor {
  return { role: 'participant', participant: s.priv.participants[p.id] ?? p };
}

async function join(
  hub: WorkshopHub,
  code: string,
  exec: (type: string, actor: string, step: Step) => Promise<void>,
): Promise<Participant[]> {
  for (let i = 0; i < PARTICIPANTS; i++) {
    const tokenHash = createHash('sha256').update(`token-${i}`).digest('hex');
    await exec('session:join', `socket:${i}`, (s, now) =>
      joinParticipant(
        s,
        {
          name: `Participant ${i}`,
          organisation: `Cooperative ${i % 40}`,
          attendance: i % 4 === 3 ? 'remote' : 'room',
        },
        `p${i}`,
        tokenHash,
        now,
      ),
    );
  }
  return Object.values((await hub.get(code))!.state.priv.participants);
}

/** Opens a round on each board with a budget that spends `total` dots, casts them all, closes. */
async function vote(
  people: Participant[],
  total: number,
  exec: (type: string, actor: string, step: Step) => Promise<void>,
): Promise<number> {
  const budget = Math.ceil(total / (people.length * BOARDS.length));
  let cast = 0;
  for (const b of BOARDS)
    await exec(
      'vote:open',
      'f',
      pure((s, now) => openVote(s, b.id, { budget, allowStacking: false }, now)),
    );
  for (let round = 0; round < budget && cast < total; round++)
    for (const b of BOARDS)
      for (const [k, p] of people.entries()) {
        if (cast >= total) break;
        await exec('vote:cast', p.id, (s) => {
          const onBoard = Object.keys(s.pub.notes).filter((id) => s.pub.notes[id]!.boardId === b.id);
          return castVote(s, p.id, b.id, onBoard[(k + round * 7) % onBoard.length]!);
        });
        cast++;
      }
  for (const b of BOARDS)
    await exec(
      'vote:close',
      'f',
      pure((s, now) => closeVote(s, b.id, now)),
    );
  return cast;
}

/** Opens the store in `dir` afresh, then loads `code` into a new hub: how long each took, ms. */
async function coldLoad(dir: string, code: string): Promise<{ openMs: number; loadMs: number }> {
  const t0 = performance.now();
  const store = createSqliteStore(dir);
  await store.opened;
  const t1 = performance.now();
  const hub = createWorkshopHub({ store, clock: systemClock, log: createLogger('silent') });
  const w = await hub.get(code);
  const t2 = performance.now();
  if (!w || Object.keys(w.state.pub.notes).length === 0) throw new Error('cold load returned no notes');
  await hub.close();
  await store.close();
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { openMs: round(t1 - t0), loadMs: round(t2 - t1) };
}

function noteText(i: number): string {
  const topics = [
    'certification costs for small producers',
    'direct contracts between consumer and producer cooperatives',
    'access to trade finance',
    'shared logistics for exports',
    'training on quality standards',
  ];
  return `Note ${i}: ${topics[i % topics.length]} — what we saw in our region and what could change.`;
}
