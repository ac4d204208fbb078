/**
 * The room's signals in Chromium: hands raised from a phone and from the follow screen, the
 * queue on the console and the projector, the floor given; axe on every screen at each step.
 * The phone's participant reads Portuguese (her browser's language), interface and template alike.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../client/src/i18n/catalog.ts';
import { launchChromium, screenshot } from '../helpers/browser.ts';
import { connectSocket, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { axeViolations, untranslatedTexts } from './checks.ts';
import { joinWithForm, openDevice, type Person } from './room.ts';

let server: TestServer;
let browser: Browser;
let fac: TestSocket;
let facilitator: Person, projector: Person, phone: Person, follower: Person;
const everyone = () => [facilitator, projector, phone, follower];

/** Every screen passes axe (the projector at AAA contrast) and has had no page error. */
async function checkEveryScreen(step: string): Promise<void> {
  for (const p of everyone()) {
    await screenshot(p.page, `signals-${step}-${p.name.toLowerCase()}`, { fullPage: p !== projector });
    expect(await axeViolations(p.page, { enhancedContrast: p === projector }), `${p.name} at ${step}`).toEqual([]);
    expect(p.errors, p.name).toEqual([]);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  const { code, facilitatorKey, links } = await server.createWorkshop('ilo-coop-2018');
  ({ socket: fac } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey }));
  expect((await send(fac, 'agenda:enter', { segmentId: 'session-1', activityId: 'session-1-talk-1' })).ok).toBe(true);
  browser = await launchChromium();
  facilitator = await openDevice(browser, 'Facilitator', links.facilitate, { viewport: { width: 1440, height: 900 } });
  projector = await openDevice(browser, 'Projector', links.screen, { viewport: { width: 1920, height: 1080 } });
  phone = await openDevice(browser, 'Amina Diallo', links.join, {
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'pt-PT',
  });
  follower = await openDevice(browser, 'Keiko Sato', links.follow, { viewport: { width: 1024, height: 768 } });
  // Generous waits: the suite runs these four pages beside other files on a loaded 2-core machine.
  for (const p of everyone()) p.page.setDefaultTimeout(60_000);
}, 120_000);

afterAll(async () => {
  fac?.close();
  await browser?.close();
  await server?.close();
});

describe('hands and the speakers’ queue in a real browser', { timeout: 180_000 }, () => {
  it('a hand from a phone and one from the follow screen queue on the console, the remote one marked', async () => {
    await joinWithForm(phone, 'UNAC Moçambique', 'room', 'pt');
    expect(await untranslatedTexts(phone.page, 'pt')).toEqual([]);
    await phone.page.locator('[data-testid="hand"] [data-action="hand"]').click();
    await phone.page.locator('[data-testid="hand"][data-place="1"]').waitFor();

    await follower.page.getByTestId('follow-hand').click();
    const form = follower.page.getByTestId('join-form');
    await form.getByLabel('Your name').fill(follower.name);
    await form.getByLabel('Your organisation').fill('Japanese Consumers’ Co-operative Union');
    await form.getByRole('button', { name: 'Join' }).click();
    await follower.page.locator('[data-testid="hand"] [data-action="hand"]').click();
    await follower.page.locator('[data-testid="hand"][data-place="2"]').waitFor();

    const queue = facilitator.page.getByTestId('speakers-queue');
    await facilitator.page.locator('[data-testid="speakers-queue"][data-waiting="2"]').waitFor();
    const rows = queue.locator('.queue-row');
    await expect(rows.nth(0).getAttribute('data-attendance')).resolves.toBe('room');
    await expect(rows.nth(1).getAttribute('data-attendance')).resolves.toBe('remote');
    await expect(rows.nth(1).textContent()).resolves.toContain('remote');
    // Off on the projector until the facilitator turns it on for this step.
    await expect(projector.page.getByTestId('projector-queue').count()).resolves.toBe(0);
    await checkEveryScreen('hands-raised');
  });

  it('shows on the projector in this step, and the floor goes to the first hand', async () => {
    await facilitator.page.getByTestId('queue-on-screen').click();
    const onScreen = projector.page.getByTestId('projector-queue');
    await onScreen.getByText('Keiko Sato').waitFor();
    await facilitator.page.locator('[data-hand] [data-action="give-floor"]').first().click();
    await phone.page.getByText(catalogs.pt['hands.yourTurn']).waitFor();
    await onScreen.locator('.queue-speaking').getByText('Amina Diallo').waitFor();
    await follower.page.locator('[data-testid="hand"][data-place="1"]').waitFor();
    await checkEveryScreen('floor-given');
  });

  it('moves on: the next step does not show the queue until turned on there', async () => {
    expect((await send(fac, 'agenda:enter', { segmentId: 'session-1', activityId: 'session-1-talk-2' })).ok).toBe(true);
    await projector.page.getByTestId('projector-queue').waitFor({ state: 'detached' });
    await expect(facilitator.page.getByTestId('queue-on-screen').isChecked()).resolves.toBe(false);
  });

  it('fills the projector’s progress with “done” ticks from the phone and the follow screen during silent writing', async () => {
    expect((await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' })).ok).toBe(
      true,
    );
    const done = projector.page.locator('[data-testid="progress"] [data-kind="done"]');
    await done.and(projector.page.locator('[data-count="0"]')).waitFor();
    await expect(done.textContent()).resolves.toBe('0 of 2 done');
    await phone.page.locator('[data-testid="done"] [data-action="done"]').click();
    await follower.page.locator('[data-testid="done"] [data-action="done"]').click();
    await follower.page.locator('[data-testid="done"][data-done="true"]').waitFor();
    await done.and(projector.page.locator('[data-count="2"]')).waitFor();
    await expect(done.textContent()).resolves.toBe('2 of 2 done');
    await facilitator.page.locator('[data-testid="progress"] [data-kind="done"][data-count="2"]').waitFor();
    await checkEveryScreen('writing-done');
  });

  it('counts who has voted during the dot vote, and their “done” ticks', async () => {
    expect(
      (
        await send(fac, 'note:add', {
          id: 'fac-1',
          boardId: 'challenges',
          column: 'Markets and trade',
          text: 'Buyers rarely know which cooperatives can supply them',
        })
      ).ok,
    ).toBe(true);
    expect((await send(fac, 'board:reveal', { boardId: 'challenges' })).ok).toBe(true);
    expect((await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-dot-vote' })).ok).toBe(true);
    const voted = projector.page.locator('[data-testid="progress"] [data-kind="voted"]').first();
    await voted.waitFor();
    await phone.page
      .locator('[data-testid="vote-note"]')
      .first()
      .getByRole('button', { name: /^Dar um ponto/ })
      .click();
    await voted.and(projector.page.locator('[data-count="1"]')).waitFor();
    await expect(voted.textContent()).resolves.toBe('Challenges: 1 of 2 have voted');
    await phone.page.locator('[data-testid="done"] [data-action="done"]').click();
    await projector.page.locator('[data-testid="progress"] [data-kind="done"][data-count="1"]').waitFor();
    await checkEveryScreen('vote-progress');
  });

  it('shows the room’s reactions to a spotlighted note as a few counts on the projector and the console', async () => {
    expect((await send(fac, 'focus:set', { focus: { kind: 'note', boardId: 'challenges', noteId: 'fac-1' } })).ok).toBe(
      true,
    );
    await phone.page.locator('[data-testid="reactions"][data-target="note:fac-1"]').waitFor();
    await phone.page.locator('[data-testid="reactions"] [data-reaction="agree"]').click();
    await follower.page.locator('[data-testid="reactions"][data-target="note:fac-1"] [data-reaction="agree"]').click();
    await follower.page.locator('[data-testid="reactions"] [data-reaction="applause"]').click();
    for (const screen of [projector, facilitator]) {
      await screen.page.locator('[data-testid="reaction-counts"] [data-reaction="agree"][data-count="2"]').waitFor();
      await screen.page.locator('[data-testid="reaction-counts"] [data-reaction="applause"][data-count="1"]').waitFor();
    }
    await checkEveryScreen('reactions');
  });
});
