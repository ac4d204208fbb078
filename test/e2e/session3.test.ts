/**
 * A compressed Session 3 in Chromium with everyone in the room: a facilitator, the projector,
 * three participants (one on a 360×640 phone, one remote) and a remote follower. Each step is
 * done through the screens, as people would, and every screen is checked to follow.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { axeViolations, scrolls, smallTargets, untranslatedTexts } from './checks.ts';
import { joinWithForm, openDevice, shoot, waitLive, waitStep, type Person } from './room.ts';

let server: TestServer;
let browser: Browser;
let facilitator: Person, projector: Person, amina: Person, tomas: Person, keiko: Person, follower: Person;
const everyone = () => [facilitator, projector, amina, tomas, keiko, follower];
const participants = () => [amina, tomas, keiko];

beforeAll(async () => {
  server = await startTestServer();
  const { links } = await server.createWorkshop('ilo-coop-2018');
  browser = await launchChromium();
  const laptop = { viewport: { width: 1280, height: 800 } };
  [facilitator, projector, amina, tomas, keiko, follower] = await Promise.all([
    openDevice(browser, 'Facilitator', links.facilitate, { viewport: { width: 1440, height: 900 } }),
    openDevice(browser, 'Projector', links.screen, { viewport: { width: 1920, height: 1080 } }),
    openDevice(browser, 'Amina Diallo', links.join, laptop),
    openDevice(browser, 'Tomás Rivera', links.join, { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true }),
    openDevice(browser, 'Keiko Sato', links.join, laptop),
    openDevice(browser, 'Follower', links.follow, { viewport: { width: 1024, height: 768 }, timezoneId: 'America/Bogota' }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Session 3 in a real browser, every screen following', { timeout: 90_000 }, () => {
  it('participants join by name, organisation and place; the projector counts them and the console names them', async () => {
    await joinWithForm(amina, 'Union des coopératives du Sénégal', 'room');
    await joinWithForm(tomas, 'Cooperativa Agraria Norandino', 'room');
    await joinWithForm(keiko, 'Japanese Consumers’ Co-operative Union', 'remote');
    await projector.page.locator('[data-testid="presence-room"][data-count="2"]').waitFor();
    // Keiko joined remote, and the follower follows remotely.
    await projector.page.locator('[data-testid="presence-remote"][data-count="2"]').waitFor();
    const people = facilitator.page.getByTestId('people-list');
    for (const p of participants()) await people.getByText(p.name).waitFor();
    await expect(people.textContent()).resolves.toContain('Cooperativa Agraria Norandino');
    await expect(projector.page.getByTestId('people-list').count()).resolves.toBe(0);
  });

  it('keeps a participant’s identity across a reload', async () => {
    await tomas.page.reload();
    await waitLive(tomas.page);
    await expect(tomas.page.getByTestId('me').textContent()).resolves.toContain('Tomás Rivera');
    await expect(tomas.page.getByTestId('join-form').count()).resolves.toBe(0);
  });

  it('opens silent writing from the console and every screen follows', async () => {
    await facilitator.page.locator('[data-step="s3-silent-writing"] button').click();
    for (const p of everyone()) await waitStep(p.page, 'Silent writing: challenges and opportunities');
    // Entering the activity starts its timer; the console's "t" key pauses and resumes it everywhere.
    for (const p of everyone()) await p.page.locator('[data-testid="countdown"][data-tone="ok"]').waitFor();
    await facilitator.page.keyboard.press('t');
    for (const p of everyone()) await p.page.locator('[data-testid="countdown"][data-tone="paused"]').waitFor();
    await facilitator.page.keyboard.press('t');
    for (const p of everyone()) await p.page.locator('[data-testid="countdown"][data-tone="ok"]').waitFor();
    for (const p of everyone()) await shoot(p, '1-silent-writing');
  });

  it('lays each screen out for its place: the phone without sideways scrolling and with 44 px targets, the projector without scrollbars', async () => {
    await expect(scrolls(tomas.page)).resolves.toMatchObject({ x: false });
    await expect(smallTargets(tomas.page)).resolves.toEqual([]);
    await expect(scrolls(projector.page)).resolves.toEqual({ x: false, y: false });
    await projector.page.setViewportSize({ width: 1280, height: 720 });
    await expect(scrolls(projector.page)).resolves.toEqual({ x: false, y: false });
    await shoot(projector, '1-silent-writing-720p');
    await projector.page.setViewportSize({ width: 1920, height: 1080 });
  });

  it('shows the venue time alongside the viewer’s own when they are elsewhere', async () => {
    await expect(follower.page.getByTestId('venue-clock').textContent()).resolves.toMatch(/Venue .+ · Your time .+/);
  });

  it('has no serious or critical accessibility violations on any of the four screens (and 7:1 contrast on the projector)', async () => {
    for (const p of [facilitator, projector, tomas, follower]) {
      expect({ screen: p.name, violations: await axeViolations(p.page, { enhancedContrast: p === projector }) }).toEqual({ screen: p.name, violations: [] });
    }
  });

  it.each(['fr', 'es'] as const)('leaves no interface text untranslated in %s on any screen', async (locale) => {
    for (const p of [facilitator, projector, tomas, follower]) {
      expect({ screen: p.name, untranslated: await untranslatedTexts(p.page, locale) }).toEqual({ screen: p.name, untranslated: [] });
      await shoot(p, `lang-${locale}`);
    }
    for (const p of [facilitator, projector, tomas, follower]) await p.page.getByTestId('language').first().selectOption('en');
  });

  it('raised no page errors anywhere', () => {
    for (const p of everyone()) expect({ screen: p.name, errors: p.errors }).toEqual({ screen: p.name, errors: [] });
  });
});
