/**
 * people:merge on the real server: Amina joined twice (laptop and phone); the facilitator merges
 * the phone's identity into the laptop's. Her notes, questions, dots and ratings become one
 * person's, every once-per-person fact she held twice counts once, her phone acts as her from
 * its next message on, and the report counts her once. Refusals change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../server/domain/report-model.ts';
import type { SessionSnapshot } from '../../shared/protocol/session.ts';
import { connectSocket, joinAs, send } from '../helpers/clients.ts';
import { fetchReport } from '../helpers/meeting.ts';
import { serverPerTest } from '../helpers/per-test.ts';
import { startTestServer } from '../helpers/server.ts';
import { nextEvent } from '../helpers/wait.ts';

const t = serverPerTest();
const ok = { ok: true };

async function twiceAmina() {
  t.server = await startTestServer();
  const { code, facilitatorKey } = await t.server.createWorkshop('ilo-coop-2018');
  const fac = t.track((await connectSocket(t.server.url, { code, client: 'facilitate', facilitatorKey })).socket);
  const laptop = await joinAs(t.server.url, code, 'Amina');
  const phone = await joinAs(t.server.url, code, 'Amina M.');
  const carl = await joinAs(t.server.url, code, 'Carl');
  for (const p of [laptop, phone, carl]) t.track(p.socket);
  const state = () => t.server.publicState(code);
  const priv = async () => (await t.server.server.hub.get(code))!.state.priv;
  return { code, facilitatorKey, fac, laptop, phone, carl, state, priv };
}

describe('people:merge', () => {
  it('gives the kept person every contribution of the duplicate, each once-per-person fact counted once', async () => {
    const { code, facilitatorKey, fac, laptop, phone, carl, state, priv } = await twiceAmina();
    const at = { boardId: 'expectations', column: 'Expectations' };
    expect(await send(fac, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).toMatchObject(
      ok,
    );
    expect(await send(laptop.socket, 'note:add', { ...at, id: 'n-laptop', text: 'Meet buyers' })).toMatchObject(ok);
    expect(await send(phone.socket, 'note:add', { ...at, id: 'n-phone', text: 'Find partners' })).toMatchObject(ok);
    // Both of her identities dot the same note (one dot each, no stacking), the phone one more.
    expect(await send(fac, 'vote:open', { boardId: 'expectations', budget: 2, allowStacking: false })).toMatchObject(
      ok,
    );
    for (const [who, noteId] of [
      [laptop, 'n-laptop'],
      [phone, 'n-laptop'],
      [phone, 'n-phone'],
      [carl, 'n-laptop'],
    ] as const)
      expect(await send(who.socket, 'vote:cast', { boardId: 'expectations', noteId })).toMatchObject(ok);
    // Both rate her first expectation, differently; only the phone rates the second.
    expect(await send(fac, 'review:set', { boardId: 'expectations', status: 'open' })).toMatchObject(ok);
    for (const [who, noteId, rating] of [
      [laptop, 'n-laptop', 'met'],
      [phone, 'n-laptop', 'not_met'],
      [phone, 'n-phone', 'partly'],
    ] as const)
      expect(await send(who.socket, 'expectation:rate', { noteId, rating })).toMatchObject(ok);
    // Both upvote Carl's question; the phone upvotes the laptop's question (her own, once merged).
    expect(await send(fac, 'agenda:enter', { segmentId: 'session-1', activityId: 'session-1-talk-1' })).toMatchObject(
      ok,
    );
    const ask = (who: typeof carl, id: string) =>
      send(who.socket, 'question:ask', { id, boardId: 'questions', text: `Question ${id}` });
    expect(await ask(carl, 'q-carl')).toMatchObject(ok);
    expect(await ask(laptop, 'q-amina')).toMatchObject(ok);
    for (const [who, id] of [
      [laptop, 'q-carl'],
      [phone, 'q-carl'],
      [phone, 'q-amina'],
    ] as const)
      expect(await send(who.socket, 'question:upvote', { id, up: true })).toMatchObject(ok);
    // Her phone's hand is up: once merged, it is hers, one hand.
    expect(await send(phone.socket, 'hand:raise', { up: true })).toMatchObject(ok);
    const before = await state();
    expect([before.votes.expectations?.dotsCast, before.questions['q-carl']?.upvotes]).toEqual([4, 2]);

    const rebound = nextEvent<SessionSnapshot>(phone.socket, 'session:ready');
    expect(await send(fac, 'people:merge', { keepId: laptop.participantId, duplicateId: phone.participantId })).toEqual(
      { ok: true, value: null },
    );
    const s = await state();
    expect(s.notes['n-phone']?.authorId).toBe(laptop.participantId);
    expect(Object.keys(s.hands)).toEqual([laptop.participantId]);
    expect(s.hands[laptop.participantId]).toMatchObject({ name: 'Amina', participantId: laptop.participantId });
    expect(s.votes.expectations?.dotsCast).toBe(3);
    expect([s.questions['q-carl']?.upvotes, s.questions['q-amina']?.upvotes]).toEqual([1, 0]);
    expect(s.expectationResults['n-laptop']).toMatchObject({ met: 1, partly: 0, notMet: 0 });
    expect(s.expectationResults['n-phone']).toMatchObject({ met: 0, partly: 1, notMet: 0 });
    const p = await priv();
    expect(Object.values(p.ballots).map((b) => [b.participantId, b.noteIds])).toEqual(
      expect.arrayContaining([[laptop.participantId, ['n-laptop', 'n-phone']]]),
    );
    expect(Object.values(p.ballots).some((b) => b.participantId === phone.participantId)).toBe(false);

    // The phone's socket is her now: told so, and held to her once-per-person facts.
    expect((await rebound).participantId).toBe(laptop.participantId);
    expect(await send(phone.socket, 'question:upvote', { id: 'q-amina', up: true })).toMatchObject({
      ok: false,
      error: 'own_question',
    });
    expect(await send(phone.socket, 'question:upvote', { id: 'q-carl', up: true })).toMatchObject(ok);
    expect((await state()).questions['q-carl']?.upvotes).toBe(1);
    // Its device token opens a new connection as her too.
    const again = await connectSocket(t.server.url, { code, client: 'participant', participantToken: phone.token });
    t.track(again.socket);
    expect(again.session.participantId).toBe(laptop.participantId);

    // Closed, the vote publishes her dots once; the report counts her once.
    expect(await send(fac, 'vote:close', { boardId: 'expectations' })).toMatchObject(ok);
    expect((await state()).votes.expectations?.results).toEqual({ 'n-laptop': 2, 'n-phone': 1 });
    const report = (await (await fetchReport(t.server, code, 'json', facilitatorKey)).json()) as ReportModel;
    expect(report.attendance.total).toBe(2);
  });

  it.each([
    ['the same person twice', 'same', 'same_person'],
    ['someone who is not there', 'missing', 'not_found'],
    ['a co-facilitator', 'staff', 'staff_not_merged'],
    ['into a co-facilitator', 'into-staff', 'staff_not_merged'],
    ['an identity already merged', 'merged', 'not_found'],
  ])('refuses to merge %s, and nothing changes', async (_name, kind, error) => {
    const { fac, laptop, phone, carl, state, priv } = await twiceAmina();
    expect(await send(fac, 'people:promote', { participantId: carl.participantId })).toMatchObject(ok);
    if (kind === 'merged')
      expect(
        await send(fac, 'people:merge', { keepId: laptop.participantId, duplicateId: phone.participantId }),
      ).toMatchObject(ok);
    const input = {
      same: { keepId: laptop.participantId, duplicateId: laptop.participantId },
      missing: { keepId: laptop.participantId, duplicateId: 'nobody' },
      staff: { keepId: laptop.participantId, duplicateId: carl.participantId },
      'into-staff': { keepId: carl.participantId, duplicateId: phone.participantId },
      merged: { keepId: laptop.participantId, duplicateId: phone.participantId },
    }[kind]!;
    const before = JSON.stringify([await state(), await priv()]);
    expect(await send(fac, 'people:merge', input)).toMatchObject({ ok: false, error });
    expect(JSON.stringify([await state(), await priv()])).toBe(before);
  });
});
