/**
 * Session 3 at its real size, seen from a remote follower's phone in Chromium: 60 participants
 * from 14 organisations (through sockets), 120 notes, a dot vote, 20 commitments and the closing
 * review. The follower sees the prompt, the spotlight, the vote results, the commitments and the
 * ratings; asks and upvotes after joining; and never receives what is secret (held notes, dots
 * before close), checked on the frames its browser received. Low-data mode stops note text.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from '../helpers/browser.ts';
import { okValue } from '../helpers/board-room.ts';
import { connectSocket, send, type TestSocket } from '../helpers/clients.ts';
import { closeRoom, inBatches, joinRoom, ORGANISATIONS, writeNotes, type RoomPerson } from '../helpers/real-room.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { axeViolations, untranslatedTexts } from './checks.ts';

const CHALLENGE_COLUMNS = [
  'Markets and trade',
  'Quality and standards',
  'Costs and finance',
  'Skills and organisation',
];
const OPPORTUNITY_COLUMNS = ['Markets and products', 'Partnerships', 'Support and tools'];
const challenge = (i: number) => `Challenge ${i}: small producers lack buyers abroad`;
const opportunity = (i: number) => `Opportunity ${i}: twin producer and consumer coops`;
const GROUPS = ['Reaching buyers', 'Costs of certification', 'Skills', 'Finance', 'Trust', 'Logistics'];

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let fac: TestSocket;
let people: RoomPerson[];
let code: string;
/** Every WebSocket frame the follower's browser received, as text (Yjs strings are UTF-8 in the frames). */
const received: string[] = [];

const enter = async (segmentId: string, activityId?: string) =>
  okValue(await send(fac, 'agenda:enter', activityId ? { segmentId, activityId } : { segmentId }));
const waitStep = (title: string) =>
  page.getByTestId('current-segment').getByText(title, { exact: true }).waitFor({ timeout: 15_000 });
// The whole page: a phone scrolls, and every panel must be seen.
const shoot = (name: string) => screenshot(page, `follow-session3-${name}`, { fullPage: true });
const frames = () => received.join('\n');

beforeAll(async () => {
  server = await startTestServer();
  const created = await server.createWorkshop('ilo-coop-2018');
  code = created.code;
  ({ socket: fac } = await connectSocket(server.url, {
    code,
    client: 'facilitate',
    facilitatorKey: created.facilitatorKey,
  }));
  people = await joinRoom(server.url, code, 60);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
  page = await context.newPage();
  errors = collectPageErrors(page);
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) =>
      received.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8')),
    ),
  );
  await page.goto(`${server.url}/w/${code}/follow`);
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 20_000 });
}, 120_000);

afterAll(async () => {
  closeRoom(people ?? []);
  fac?.close();
  await browser?.close();
  await server?.close();
});

describe('a remote follower through Session 3 at real size', { timeout: 60_000 }, () => {
  it('sees the morning’s expectations counted, then a talk’s questions; joins to ask and upvote', async () => {
    await enter('opening', 'opening-expectations');
    await writeNotes(people.slice(0, 20), 'expectations', ['Expectations'], 1, (i) => `Expectation ${i}`);
    await page
      .locator(
        '[data-testid="board-digest"][data-board-id="expectations"] [data-testid="digest-total"][data-count="20"]',
      )
      .waitFor();
    await enter('session-1', 'session-1-talk-1');
    await waitStep('Session 1: Sharing coop-to-coop trade experiences');
    await inBatches(people.slice(0, 5), (p, i) =>
      send(p.socket, 'question:ask', { id: `q-${i}`, boardId: 'questions', text: `Question ${i} on prices` }),
    );
    await page.locator('[data-question="q-0"]').waitFor();
    await page.getByTestId('follow-ask').click();
    const form = page.getByTestId('join-form');
    await form.getByLabel('Your name').fill('Lucía Gómez');
    await form.getByLabel('Your organisation').fill('Red Andina de Cooperativas');
    await form.getByRole('button', { name: 'Join' }).click();
    await page.getByTestId('question-text').fill('Could this work for coffee from the Andes?');
    await page.getByTestId('question-send').click();
    await page.locator('[data-question="q-0"] [data-action="upvote"]').click();
    await page.locator('[data-question="q-0"][data-upvotes="1"]').waitFor();
    const state = await server.publicState(code);
    expect(Object.values(state.questions).map((q) => q.text)).toContain('Could this work for coffee from the Andes?');
    await shoot('1-questions');
  });

  it('during silent writing sees the prompt and how many notes are held, and receives none of their text', async () => {
    await enter('session-3', 's3-silent-writing');
    await waitStep('Session 3: Discussing our roles and strategies for expanding coop-to-coop trade');
    await expect(page.getByTestId('step-prompt').first().textContent()).resolves.toContain('One idea per note');
    await writeNotes(people, 'challenges', CHALLENGE_COLUMNS, 1, challenge);
    await writeNotes(people, 'opportunities', OPPORTUNITY_COLUMNS, 1, opportunity);
    await page.getByText('60 notes hidden until the facilitator reveals them').first().waitFor();
    expect(frames()).not.toContain('Challenge 7: small producers');
    expect(await page.locator('body').innerText()).not.toContain('Challenge 7: small producers');
    await shoot('2-private');
  });

  it('after the reveal and grouping, reads each board by group with counts, notes on demand, and the spotlight', async () => {
    await enter('session-3', 's3-grouping');
    for (const boardId of ['challenges', 'opportunities']) okValue(await send(fac, 'board:reveal', { boardId }));
    const notes = Object.values((await server.publicState(code)).notes).filter((n) => n.boardId === 'challenges');
    for (const [g, title] of GROUPS.entries()) {
      okValue(await send(fac, 'group:create', { id: `g-${g}`, boardId: 'challenges', title }));
      const ids = notes.filter((_, i) => i % GROUPS.length === g).map((n) => n.id);
      okValue(await send(fac, 'notes:move', { noteIds: ids, groupId: `g-${g}` }));
    }
    const digest = page.locator('[data-testid="board-digest"][data-board-id="challenges"]');
    await digest.locator('[data-testid="digest-group"][data-count="10"]').first().waitFor();
    await expect(digest.getByTestId('digest-group').count()).resolves.toBe(6);
    await digest.getByText('Reaching buyers (10)').click();
    await digest.getByText(challenge(0)).waitFor();
    okValue(await send(fac, 'focus:set', { focus: { kind: 'group', boardId: 'challenges', groupId: 'g-1' } }));
    const spotlight = page.getByTestId('focus-panel');
    await spotlight.getByText('Costs of certification').waitFor();
    await expect(spotlight.locator('.feed-note').count()).resolves.toBe(10);
    await shoot('3-grouped');
  });

  it('sees dots counted while the vote runs but no tally, and the ordered results when it closes', async () => {
    await enter('session-3', 's3-dot-vote');
    const before = received.length;
    const challengeIds = Object.values((await server.publicState(code)).notes)
      .filter((n) => n.boardId === 'challenges')
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((n) => n.id);
    // Everyone puts their dots on the first five notes, most on the first.
    await inBatches(people, async (p, i) => {
      for (const noteId of challengeIds.slice(0, 1 + (i % 5)))
        okValue(await send(p.socket, 'vote:cast', { boardId: 'challenges', noteId }));
    });
    await page
      .getByText(/Voting: \d+ dots cast so far/)
      .first()
      .waitFor();
    // While it runs, no frame carries a tally per note: no note id travels with the round.
    const during = received.slice(before).join('\n');
    expect(during).not.toContain(challengeIds[0]);
    okValue(await send(fac, 'vote:close', { boardId: 'challenges' }));
    const results = page.locator('[data-board-id="challenges"] [data-testid="vote-result"]');
    await results.first().waitFor();
    await expect(results.first().textContent()).resolves.toContain(challenge(0).slice(0, 12));
    await expect(results.count()).resolves.toBe(5);
    await shoot('4-results');
  });

  it('reads the roles matrix as commitments by organisation', async () => {
    await enter('session-3', 's3-roles');
    await inBatches(people.slice(0, 20), async (p, i) => {
      okValue(
        await send(p.socket, 'commitment:propose', {
          id: `k-${i}`,
          boardId: 'roles',
          kind: ['Intermediation', 'Capacity building', 'Tools', 'Finance', 'Market access'][i % 5]!,
          text: `Commitment ${i} to the joint pilot`,
          contact: `person${i}@example.org`,
          followUp: '2018-09-30',
          linkedNoteIds: [],
        }),
      );
    });
    for (let i = 0; i < 10; i++) okValue(await send(fac, 'commitment:confirm', { id: `k-${i}` }));
    const list = page.getByTestId('commitment-list');
    await list.getByText('20 commitments').waitFor();
    await expect(list.locator('[data-testid="follow-commitment"][data-status="confirmed"]').count()).resolves.toBe(10);
    await expect(list.locator('h3').count()).resolves.toBe(ORGANISATIONS.length);
    await shoot('5-commitments');
  });

  it('follows the closing review with the room’s ratings and the verdict', async () => {
    await enter('closing', 'closing-review');
    const first = 'expectations-0';
    okValue(
      await send(fac, 'review:set', { boardId: 'expectations', status: 'open', layout: 'one', currentNoteId: first }),
    );
    await inBatches(people, (p, i) =>
      send(p.socket, 'expectation:rate', { noteId: first, rating: i % 3 === 0 ? 'partly' : 'met' }),
    );
    okValue(await send(fac, 'expectation:verdict', { noteId: first, verdict: 'met', action: null }));
    const review = page.getByTestId('expectations-review');
    await review.getByText('Expectation 0').waitFor();
    // She joined to ask questions: as a participant she sees how the room rated once she has rated too.
    await expect(review.getByTestId('rating-bars').count()).resolves.toBe(0);
    await review.locator('[data-rate="met"]').click();
    await review.getByText('61 ratings').waitFor();
    await review.locator('[data-verdict="met"]').waitFor();
    await shoot('6-review');
  });

  it('has no serious accessibility violations and nothing untranslated in French, Spanish and Portuguese', async () => {
    expect(await axeViolations(page)).toEqual([]);
    for (const locale of ['fr', 'es', 'pt'] as const) expect(await untranslatedTexts(page, locale)).toEqual([]);
    await page.getByTestId('language').first().selectOption('en');
  });

  it('in low-data mode receives counts and the spotlight but no new note text, and the device remembers it', async () => {
    await enter('session-3', 's3-grouping');
    okValue(await send(fac, 'focus:set', { focus: null }));
    await page.getByTestId('low-data').check();
    await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor();
    const before = received.length;
    okValue(await send(fac, 'board:mode', { boardId: 'challenges', mode: 'open' }));
    okValue(
      await send(people[0]!.socket, 'note:add', {
        id: 'late-1',
        boardId: 'challenges',
        column: 'Markets and trade',
        text: 'A late note the low-data follower must not download',
      }),
    );
    const digest = page.locator('[data-testid="board-digest"][data-board-id="challenges"]');
    await digest.locator('[data-testid="digest-total"][data-count="61"]').waitFor();
    expect(received.slice(before).join('\n')).not.toContain('A late note');
    await shoot('7-low-data');
    await page.reload();
    await expect(page.getByTestId('low-data').isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
