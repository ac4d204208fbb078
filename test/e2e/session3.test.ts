/**
 * A compressed Session 3 in Chromium with everyone in the room: a facilitator, the projector,
 * three participants (one on a 360×640 phone, one remote) and a remote follower. Each step is
 * done through the screens, as people would, and every screen is checked to follow.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { axeViolations, scrolls, smallestFont, smallTargets, untranslatedTexts } from './checks.ts';
import { dot, joinWithForm, openDevice, post, shoot, waitLive, waitStep, type Person } from './room.ts';

let server: TestServer;
let browser: Browser;
let facilitator: Person, projector: Person, amina: Person, tomas: Person, keiko: Person, follower: Person;
const everyone = () => [facilitator, projector, amina, tomas, keiko, follower];
const participants = () => [amina, tomas, keiko];
const NOTES = {
  buyers: 'Buyers in Europe rarely know which cooperatives can supply them',
  certification: 'Certification costs are too high for small producer cooperatives',
  volumes: 'Small cooperatives cannot meet large order volumes alone',
  platform: 'No shared place to find trading partners among cooperatives',
  partners: 'Twin producer and consumer cooperatives across regions',
};

beforeAll(async () => {
  server = await startTestServer();
  const { links } = await server.createWorkshop('ilo-coop-2018');
  browser = await launchChromium();
  const laptop = { viewport: { width: 1280, height: 800 } };
  // One after another: six pages starting at once on two cores is a test of the machine, not of Plenary.
  facilitator = await openDevice(browser, 'Facilitator', links.facilitate, { viewport: { width: 1440, height: 900 } });
  projector = await openDevice(browser, 'Projector', links.screen, { viewport: { width: 1920, height: 1080 } });
  amina = await openDevice(browser, 'Amina Diallo', links.join, laptop);
  tomas = await openDevice(browser, 'Tomás Rivera', links.join, {
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  keiko = await openDevice(browser, 'Keiko Sato', links.join, laptop);
  follower = await openDevice(browser, 'Follower', links.follow, {
    viewport: { width: 1024, height: 768 },
    timezoneId: 'America/Bogota',
  });
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
    // Keiko joined remote, and the follower follows remotely: counted apart.
    await projector.page.locator('[data-testid="presence-remote"][data-count="1"]').waitFor();
    await projector.page.locator('[data-testid="presence-following"][data-count="1"]').waitFor();
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

  it('participants post privately from a laptop, a phone and remotely; each sees their own notes held until reveal', async () => {
    await post(amina, 'challenges', NOTES.buyers, 'Markets and trade');
    await post(tomas, 'challenges', NOTES.certification, 'Costs and finance');
    await post(keiko, 'challenges', NOTES.volumes, 'Markets and trade');
    await post(amina, 'challenges', NOTES.platform, 'Skills and organisation');
    for (const p of participants())
      await p.page.locator('[data-testid="my-note"][data-status="held"]').first().waitFor();
    // A note shows as pending until the server's ack; Amina's second one may still be on its way.
    const aminasHeld = amina.page.locator('[data-testid="my-note"][data-status="held"]');
    await aminasHeld.nth(1).waitFor();
    await expect(aminasHeld.count()).resolves.toBe(2);
  });

  it('lets a remote follower join and write where remote writing is allowed, from the follow screen', async () => {
    await follower.page.getByTestId('follow-write').click();
    const form = follower.page.getByTestId('join-form');
    await form.getByLabel('Your name').fill('Lucía Gómez');
    await form.getByLabel('Your organisation').fill('Red Andina de Cooperativas');
    await expect(form.getByLabel('Remote').isChecked()).resolves.toBe(true);
    await form.getByRole('button', { name: 'Join' }).click();
    const opportunities = follower.page.locator('.follow-posting[data-board-id="opportunities"]');
    await opportunities.getByTestId('note-text').fill(NOTES.partners);
    await opportunities.getByTestId('note-column').selectOption('Partnerships');
    await opportunities.getByTestId('note-post').click();
    await opportunities.locator('[data-testid="my-note"][data-status="held"]', { hasText: NOTES.partners }).waitFor();
    await facilitator.page.getByTestId('people-list').getByText('Lucía Gómez').waitFor();
    await projector.page.locator('[data-testid="presence-remote"][data-count="2"]').waitFor();
  });

  it('shows the projector only how many notes are hidden, never their text', async () => {
    const challenges = projector.page.locator('[data-testid="board"][data-board-id="challenges"]');
    await challenges.getByTestId('hidden-count').getByText('4 notes hidden', { exact: false }).waitFor();
    const text = await projector.page.locator('body').innerText();
    for (const note of Object.values(NOTES)) expect(text).not.toContain(note);
    for (const p of everyone()) await shoot(p, '2-posted');
  });

  it('moves to grouping with the console key, reveals, and groups two notes without dragging', async () => {
    await facilitator.page.keyboard.press('n');
    for (const p of everyone()) await waitStep(p.page, 'Grouping the notes');
    const console = facilitator.page;
    await console.getByTestId('reveal').click();
    for (const note of [NOTES.buyers, NOTES.certification, NOTES.volumes, NOTES.platform])
      await projector.page.getByText(note).filter({ visible: true }).waitFor();
    await expect(smallestFont(projector.page, '.pnote-text')).resolves.toBeGreaterThanOrEqual(24);
    await console.getByPlaceholder('New group name').fill('Reaching buyers');
    await console.getByRole('button', { name: 'Create group' }).click();
    await console
      .locator('[data-testid="move-target"] option', { hasText: 'Reaching buyers' })
      .waitFor({ state: 'attached' });
    for (const note of [NOTES.buyers, NOTES.volumes])
      await console.locator('[data-testid="note"]', { hasText: note }).getByLabel('Select note').check();
    await console.getByTestId('move-selected').click();
    // The room screen heads the group's notes with its title.
    await projector.page.locator('.flow-section', { hasText: 'Reaching buyers' }).filter({ visible: true }).waitFor();
    const column = projector.page.locator('.flow-column', { hasText: 'Reaching buyers' });
    for (const note of [NOTES.buyers, NOTES.volumes]) await column.getByText(note).waitFor();
    await expect(scrolls(projector.page)).resolves.toEqual({ x: false, y: false });
    for (const p of everyone()) await shoot(p, '3-grouped');
  });

  it('runs a dot vote with a budget of 3 and shows the ordered results on the projector', async () => {
    const console = facilitator.page;
    // Grouping is not a voting step: the console keeps the vote under the board's other tools.
    await console.getByTestId('more-tools').locator('summary').click();
    await console.locator('.console-board').getByLabel('Dots per person').fill('3');
    await console.getByTestId('vote-start').click();
    for (const p of participants())
      await p.page.locator('[data-testid="vote-remaining"][data-remaining="3"]').waitFor();
    await dot(amina, [NOTES.certification, NOTES.volumes, NOTES.buyers]);
    await dot(tomas, [NOTES.certification, NOTES.volumes]);
    await dot(keiko, [NOTES.certification]);
    await amina.page.locator('[data-testid="vote-remaining"][data-remaining="0"]').waitFor();
    await shoot(tomas, '4-voting');
    await console.getByTestId('vote-close').click();
    const results = projector.page.getByTestId('vote-result').filter({ visible: true });
    await results.first().waitFor();
    await expect(results.allInnerTexts()).resolves.toEqual([
      expect.stringContaining(NOTES.certification),
      expect.stringContaining(NOTES.volumes),
      expect.stringContaining(NOTES.buyers),
    ]);
    for (const p of everyone()) await shoot(p, '4-results');
  });

  it('advances to the next activity and every screen follows', async () => {
    await facilitator.page.getByTestId('agenda-next').click();
    for (const p of everyone()) await waitStep(p.page, 'Dot vote: what matters most');
    // The console's timeline keeps the live step in view inside its scrolling panel.
    const visible = await facilitator.page.locator('[data-step="s3-dot-vote"]').evaluate(async (el) => {
      await new Promise((r) => requestAnimationFrame(r));
      const box = el.getBoundingClientRect();
      let panel = el.parentElement;
      while (panel && !(panel.scrollHeight > panel.clientHeight && getComputedStyle(panel).overflowY !== 'visible'))
        panel = panel.parentElement;
      const frame = panel ? panel.getBoundingClientRect() : { top: 0, bottom: innerHeight };
      return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1 && box.bottom <= innerHeight;
    });
    expect(visible).toBe(true);
    // The console carries the live agenda editor and the report downloads.
    await facilitator.page.getByTestId('agenda-editor').locator('summary').click();
    await facilitator.page.getByTestId('edit-segment').waitFor();
    await expect(facilitator.page.getByTestId('report-downloads').locator('button').count()).resolves.toBe(4);
    await facilitator.page.getByTestId('agenda-editor').locator('summary').click();
    for (const p of everyone()) await shoot(p, '5-next');
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
    // Session 3 is 14:30–16:00 in Geneva (UTC+2 in June): 07:30–09:00 in Bogotá (UTC−5).
    await expect(follower.page.locator('[data-segment="session-3"]').textContent()).resolves.toMatch(
      /14:30–16:00.*07:30.09:00/,
    );
  });

  it('has no serious or critical accessibility violations on any of the four screens (and 7:1 contrast on the projector)', async () => {
    for (const p of [facilitator, projector, tomas, follower]) {
      expect({
        screen: p.name,
        violations: await axeViolations(p.page, { enhancedContrast: p === projector }),
      }).toEqual({ screen: p.name, violations: [] });
    }
  });

  it.each(['fr', 'es', 'pt'] as const)('leaves no interface text untranslated in %s on any screen', async (locale) => {
    for (const p of [facilitator, projector, tomas, follower]) {
      expect({ screen: p.name, untranslated: await untranslatedTexts(p.page, locale) }).toEqual({
        screen: p.name,
        untranslated: [],
      });
      await shoot(p, `lang-${locale}`);
    }
    for (const p of [facilitator, projector, tomas, follower])
      await p.page.getByTestId('language').first().selectOption('en');
  });

  it('shows a lost connection, and after reconnecting the follower is up to date without a reload', async () => {
    const device = follower.page.context();
    await device.setOffline(true);
    await follower.page.locator('[data-testid="connection-state"][data-state="offline"]').waitFor();
    await facilitator.page.keyboard.press('n');
    await waitStep(projector.page, 'Mapping our roles');
    await shoot(follower, '6-offline');
    await device.setOffline(false);
    await waitLive(follower.page);
    await waitStep(follower.page, 'Mapping our roles');
    for (const p of everyone()) await shoot(p, '6-roles');
  });

  it('raised no page errors anywhere', () => {
    for (const p of everyone()) expect({ screen: p.name, errors: p.errors }).toEqual({ screen: p.name, errors: [] });
  });
});
