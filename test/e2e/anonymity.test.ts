/**
 * An anonymous board in Chromium: the facilitator ticks it on the console before writing opens,
 * the phone says names are not shown, a note posted there is under "My notes" on the phone and
 * reads "Anonymous" on the projector and the console; axe on every screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../helpers/browser.ts';
import { connectSocket, send, type TestSocket } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { axeViolations } from './checks.ts';
import { joinWithForm, openDevice, post, type Person } from './room.ts';

let server: TestServer;
let browser: Browser;
let fac: TestSocket;
let facilitator: Person, projector: Person, phone: Person;
const TEXT = 'Buyers do not trust small producers yet';

beforeAll(async () => {
  server = await startTestServer();
  const { code, facilitatorKey, links } = await server.createWorkshop('ilo-coop-2018');
  ({ socket: fac } = await connectSocket(server.url, { code, client: 'facilitate', facilitatorKey }));
  // Framing: the boards of Session 3 are on the console, locked, nothing written yet.
  expect((await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-framing' })).ok).toBe(true);
  browser = await launchChromium();
  facilitator = await openDevice(browser, 'Facilitator', links.facilitate, { viewport: { width: 1440, height: 900 } });
  projector = await openDevice(browser, 'Projector', links.screen, { viewport: { width: 1920, height: 1080 } });
  phone = await openDevice(browser, 'Amina Diallo', links.join, {
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  for (const p of [facilitator, projector, phone]) p.page.setDefaultTimeout(60_000);
}, 120_000);

afterAll(async () => {
  fac?.close();
  await browser?.close();
  await server?.close();
});

async function check(p: Person, step: string): Promise<void> {
  await screenshot(p.page, `anonymity-${step}-${p.name.toLowerCase().replace(/\W+/g, '-')}`, {
    fullPage: p !== projector,
  });
  expect(await axeViolations(p.page, { enhancedContrast: p === projector }), `${p.name} at ${step}`).toEqual([]);
  expect(p.errors, p.name).toEqual([]);
}

describe('an anonymous board in a real browser', { timeout: 180_000 }, () => {
  it('is made anonymous on the console before writing opens', async () => {
    const tab = facilitator.page.getByTestId('board-tab-challenges');
    if (await tab.count()) await tab.click();
    const controls = facilitator.page.locator('[data-testid="board-controls"][aria-label="Writing on Challenges"]');
    // The box follows the board in the document: it ticks once the server has done it.
    await controls.getByTestId('board-anonymous').click();
    await controls.locator('[data-testid="board-anonymous"]:checked').waitFor();
    await check(facilitator, 'switched');
  });

  it('the phone says so, and its note is its own yet reads "Anonymous" everywhere', async () => {
    expect((await send(fac, 'agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' })).ok).toBe(
      true,
    );
    expect((await send(fac, 'board:mode', { boardId: 'challenges', mode: 'open' })).ok).toBe(true);
    await joinWithForm(phone, 'Union des coopératives du Sénégal', 'room');
    const tab = phone.page.getByTestId('board-tab-challenges');
    if (await tab.count()) await tab.click();
    await phone.page.getByTestId('compose-anonymous').getByText('Your name is not shown with these notes.').waitFor();
    // post() waits for the note under "My notes": the phone knows it is its own without a name on it.
    await post(phone, 'challenges', TEXT, 'Markets and trade');
    await check(phone, 'posted');

    // The pager lays notes out twice (a hidden copy measures them): the visible one is read.
    const onScreen = projector.page.locator('[data-testid="note"]:visible', { hasText: TEXT }).first();
    await onScreen.waitFor();
    await expect(onScreen.textContent()).resolves.toContain('Anonymous');
    await check(projector, 'posted');

    const onConsole = facilitator.page.locator('[data-testid="note"]', { hasText: TEXT }).first();
    await onConsole.waitFor();
    await expect(onConsole.textContent()).resolves.toContain('Anonymous');
    for (const p of [projector, facilitator, phone]) {
      await expect(p.page.locator('body').textContent(), p.name).resolves.not.toContain('Amina Diallo — ');
      const notes = await p.page.locator('[data-testid="note"], [data-testid="my-note"]').allTextContents();
      for (const n of notes) expect(n, p.name).not.toContain('Amina');
    }
    // Too late to switch it back now: the console says why.
    const controls = facilitator.page.locator('[data-testid="board-controls"][aria-label="Writing on Challenges"]');
    await controls.locator('[data-testid="board-anonymous"]:disabled').waitFor();
    await controls.getByText('Chosen before writing: this board has notes now.').waitFor();
    await check(facilitator, 'posted');
  });
});
