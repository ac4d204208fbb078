/**
 * Every method of the library, dropped into a blank workshop on the real server, runs through
 * its steps with participants: each step sets the room as planned, and people write, reveal,
 * vote, propose and rate through the same commands as on the day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, PublicState } from '../../shared/model.ts';
import { METHOD_IDS, METHOD_LOCALES, type MethodId } from '../../shared/methods/library.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, joinAs, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

interface Room {
  code: string;
  fac: TestSocket;
  people: TestSocket[];
  state(): Promise<PublicState>;
  close(): void;
}

async function blankRoom(): Promise<Room> {
  const w = await server.createWorkshop('blank');
  const { socket: fac } = await connectSocket(server.url, {
    code: w.code,
    client: 'facilitate',
    facilitatorKey: w.facilitatorKey,
  });
  const people = [
    (await joinAs(server.url, w.code, 'Amina')).socket,
    (await joinAs(server.url, w.code, 'Bruno')).socket,
    (await joinAs(server.url, w.code, 'Carmen', 'remote')).socket,
  ];
  return {
    code: w.code,
    fac,
    people,
    state: () => server.publicState(w.code),
    close: () => {
      for (const s of [fac, ...people]) s.close();
    },
  };
}

let noteSeq = 0;

/** Enters one step and does in it what the room would: write, reveal, vote, propose, rate. */
async function runStep(r: Room, segmentId: string, a: Activity): Promise<void> {
  okValue(await send(r.fac, 'agenda:enter', { segmentId, activityId: a.id }));
  const s = await r.state();
  expect(s.room.live.activityId).toBe(a.id);
  expect(s.room.activeBoardIds).toEqual(a.config.boardIds);
  for (const boardId of a.config.boardIds) {
    const board = s.boards[boardId]!;
    if (a.config.mode) expect(board.mode, `${a.id}: ${boardId}`).toBe(a.config.mode);
    if (board.kind === 'notes' || board.kind === 'expectations') await writeOrReveal(r, a, boardId, board.mode);
    if (board.kind === 'roles') await proposeOrConfirm(r, a, boardId, board.mode);
    if (board.kind === 'expectations' && board.mode === 'locked') await review(r, boardId);
    if (a.config.vote) await vote(r, boardId, a.config.vote);
  }
}

async function writeOrReveal(r: Room, a: Activity, boardId: string, mode: string): Promise<void> {
  const before = await r.state();
  const columns = before.boards[boardId]!.columns;
  if (mode === 'locked') {
    const refused = await send(r.people[0]!, 'note:add', {
      id: `late-${++noteSeq}`,
      boardId,
      column: columns[0]!,
      text: 'too late',
    });
    return void expect(refused).toMatchObject({ ok: false, error: 'board_locked' });
  }
  // A step that leaves a private board private is the reveal: everything written appears at once.
  if (a.config.mode === null && mode === 'private') {
    const held = before.boards[boardId]!.hiddenCount;
    expect(held).toBeGreaterThan(0);
    expect(okValue(await send(r.fac, 'board:reveal', { boardId })).revealed).toBe(held);
    return;
  }
  for (const [i, p] of r.people.entries()) {
    const added = okValue(
      await send(p, 'note:add', {
        id: `n-${++noteSeq}`,
        boardId,
        column: columns[i % columns.length]!,
        text: `${a.title}: idea ${i + 1}`,
      }),
    );
    expect(added.held).toBe(mode === 'private');
  }
  const after = (await r.state()).boards[boardId]!;
  if (mode === 'private') expect(after.hiddenCount).toBe(before.boards[boardId]!.hiddenCount + r.people.length);
}

async function vote(r: Room, boardId: string, round: { budget: number; allowStacking: boolean }): Promise<void> {
  const s = await r.state();
  expect(s.votes[boardId]).toMatchObject({ status: 'open', budget: round.budget });
  const notes = Object.values(s.notes).filter((n) => n.boardId === boardId);
  expect(notes.length).toBeGreaterThanOrEqual(round.allowStacking ? 1 : round.budget);
  for (const p of r.people) {
    for (let d = 0; d < round.budget; d++) {
      const noteId = notes[round.allowStacking ? 0 : d]!.id;
      expect(okValue(await send(p, 'vote:cast', { boardId, noteId })).remaining).toBe(round.budget - d - 1);
    }
    expect(await send(p, 'vote:cast', { boardId, noteId: notes[0]!.id })).toMatchObject({ ok: false });
  }
}

async function proposeOrConfirm(r: Room, a: Activity, boardId: string, mode: string): Promise<void> {
  const s = await r.state();
  if (mode !== 'locked') {
    const columns = s.boards[boardId]!.columns;
    for (const [i, p] of r.people.entries())
      okValue(
        await send(p, 'commitment:propose', {
          id: `k-${++noteSeq}`,
          boardId,
          kind: columns[i % columns.length]!,
          text: `We will ${a.title}`,
        }),
      );
    expect(Object.values((await r.state()).commitments).filter((c) => c.boardId === boardId)).toHaveLength(
      r.people.length,
    );
    return;
  }
  for (const c of Object.values(s.commitments)) okValue(await send(r.fac, 'commitment:confirm', { id: c.id }));
  expect(Object.values((await r.state()).commitments).every((c) => c.status === 'confirmed')).toBe(true);
}

async function review(r: Room, boardId: string): Promise<void> {
  const notes = Object.values((await r.state()).notes).filter((n) => n.boardId === boardId);
  expect(notes.length).toBeGreaterThan(0);
  const first = notes[0]!.id;
  okValue(await send(r.fac, 'review:set', { boardId, status: 'open', currentNoteId: first }));
  const ratings = ['met', 'partly', 'not_met'] as const;
  for (const [i, p] of r.people.entries())
    okValue(await send(p, 'expectation:rate', { noteId: first, rating: ratings[i % 3]! }));
  expect((await r.state()).expectationResults[first]).toMatchObject({ met: 1, partly: 1, notMet: 1 });
}

/** Drops `methodId` in as a block of its own after the blank session and runs all of its steps. */
async function runMethod(r: Room, methodId: MethodId, locale: (typeof METHOD_LOCALES)[number]): Promise<string> {
  const added = okValue(await send(r.fac, 'agenda:method', { methodId, locale, segmentId: null, index: 40 }));
  const block = (await r.state()).room.agenda.segments.find((x) => x.id === added.segmentId)!;
  expect(block.activities.map((a) => a.id)).toEqual(added.activityIds);
  for (const a of block.activities) await runStep(r, block.id, a);
  return block.id;
}

describe('the method library on the real server', () => {
  it.each(METHOD_IDS.map((id, i) => [id, METHOD_LOCALES[i % METHOD_LOCALES.length]!] as const))(
    '%s (%s): dropped into a blank workshop, runs through its steps with participants',
    async (methodId, locale) => {
      const r = await blankRoom();
      try {
        // The review looks back on the opening's expectations: the room writes them first.
        if (methodId === 'expectations-review') await runMethod(r, 'expectations', locale);
        await runMethod(r, methodId, locale);
        okValue(await send(r.fac, 'agenda:finish', {}));
        const s = await r.state();
        // Votes close with the day; their results are published, every dot counted.
        for (const round of Object.values(s.votes)) {
          expect(round.status).toBe('closed');
          const dots = Object.values(round.results ?? {}).reduce((n, d) => n + d, 0);
          expect(dots).toBe(round.budget * r.people.length);
        }
        expect(Object.values(s.boards).every((b) => b.hiddenCount === 0)).toBe(true);
      } finally {
        r.close();
      }
    },
  );
});
